namespace SignauxFaibles.Formats.Urssaf;

/// <summary>Column names of the URSSAF establishment headcount export (besides its <c>effAAAAXY</c> month columns).</summary>
public static class EffectifColumns
{
    public const string Compte = "compte";
    public const string Siret = "siret";
    public const string RaisonSociale = "rais_soc";
    public const string ApeInsee = "ape_ins";
    public const string Departement = "dep";
    public const string Base = "base";
    public const string UrEmettrice = "UR_EMET";

    /// <summary>Columns before the month columns, in the partner's order.</summary>
    public static IReadOnlyList<string> Leading { get; } = [Compte, Siret, RaisonSociale, ApeInsee, Departement];

    /// <summary>Columns after the month columns.</summary>
    public static IReadOnlyList<string> Trailing { get; } = [Base, UrEmettrice];
}
