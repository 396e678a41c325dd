namespace SignauxFaibles.Formats.Urssaf;

/// <summary>Column names of the URSSAF firm headcount export (besides its <c>effAAAAXY</c> month columns).</summary>
public static class EffectifEntrepriseColumns
{
    public const string Siren = "siren";
    public const string RaisonSociale = "rais_soc";

    public static IReadOnlyList<string> Leading { get; } = [Siren];

    public static IReadOnlyList<string> Trailing { get; } = [RaisonSociale];
}
