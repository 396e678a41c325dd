namespace SignauxFaibles.Formats.Urssaf;

/// <summary>Column names of the URSSAF procédures collectives export, in the partner's order.</summary>
public static class ProcolColumns
{
    public const string Siret = "Siret";
    public const string Siren = "Siren";
    /// <summary>Date of the judgment, <c>ddMMMyyyy</c> (<c>26MAY2014</c>).</summary>
    public const string DateEffet = "Dt_effet";
    /// <summary>A category code, not carried by the event.</summary>
    public const string Categorie = "Cat_v2";
    public const string Libelle = "Lib_actx_stdx";

    public static IReadOnlyList<string> All { get; } = [Siret, Siren, DateEffet, Categorie, Libelle];
}
