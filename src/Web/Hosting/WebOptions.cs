using SignauxFaibles.Web.Security;

namespace SignauxFaibles.Web.Hosting;

/// <summary>The web app's options (section <c>Web</c>).</summary>
public sealed class WebOptions
{
    public const string Section = "Web";

    /// <summary>
    /// How agents sign in: <c>Local</c> (default: the seeded <see cref="Accounts"/>, for development) or
    /// <c>Oidc</c> (OpenID Connect, section <c>Web:Oidc</c>; local accounts are then refused).
    /// </summary>
    public string Authentication { get; set; } = "Local";

    /// <summary>Local accounts; when empty in Local mode, the seeded development accounts (src/Web/README.md).</summary>
    public List<LocalAccount> Accounts { get; set; } = [];

    /// <summary>Where suivi and the audit log are stored.</summary>
    public WebStoreOptions Store { get; set; } = new();

    /// <summary>How many live alerts each page connection may lag behind before the oldest are dropped.</summary>
    public int LiveBuffer { get; set; } = 256;
}

/// <summary>The suivi/audit store: SQLite (embedded run, default) or PostgreSQL (production).</summary>
public sealed class WebStoreOptions
{
    /// <summary><c>Sqlite</c> (default) or <c>Postgres</c>.</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>The connection string; default a SQLite file beside the process.</summary>
    public string ConnectionString { get; set; } = "Data Source=sf-web.db";
}
