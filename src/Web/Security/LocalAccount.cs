namespace SignauxFaibles.Web.Security;

/// <summary>
/// A local account (development and tests only; production signs agents in with OpenID Connect). The zone
/// lists département codes and région codes; "*" means the whole of France.
/// </summary>
public sealed class LocalAccount
{
    public string Login { get; set; } = "";
    public string Password { get; set; } = "";
    public string Name { get; set; } = "";
    public List<string> Roles { get; set; } = [];
    public List<string> Departements { get; set; } = [];
    public List<string> Regions { get; set; } = [];
}
