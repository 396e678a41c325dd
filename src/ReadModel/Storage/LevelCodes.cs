using SignauxFaibles.Domain.Alerts;

namespace SignauxFaibles.ReadModel.Storage;

/// <summary>The stored level codes, the same strings as the alerts and scores topics.</summary>
internal static class LevelCodes
{
    public const string HorsPerimetre = "hors_perimetre";
    public const string PasDAlerte = "pas_d_alerte";
    public const string Modere = "modere";
    public const string Eleve = "eleve";

    public static string Of(AlertLevel level) => level switch
    {
        AlertLevel.Eleve => Eleve,
        AlertLevel.Modere => Modere,
        AlertLevel.PasDAlerte => PasDAlerte,
        _ => HorsPerimetre,
    };

    public static AlertLevel Parse(string code) => code switch
    {
        Eleve => AlertLevel.Eleve,
        Modere => AlertLevel.Modere,
        PasDAlerte => AlertLevel.PasDAlerte,
        _ => AlertLevel.HorsPerimetre,
    };
}
