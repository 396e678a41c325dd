namespace SignauxFaibles.Domain.Alerts;

/// <summary>What users read for each level, and which levels put a firm on the detection list.</summary>
public static class AlertLevels
{
    /// <summary>True for the two levels shown on the detection list.</summary>
    public static bool IsAlert(this AlertLevel level) => level is AlertLevel.Modere or AlertLevel.Eleve;

    /// <summary>The French label shown to users.</summary>
    public static string Label(this AlertLevel level) => level switch
    {
        AlertLevel.Eleve => "risque élevé",
        AlertLevel.Modere => "risque modéré",
        AlertLevel.PasDAlerte => "pas d'alerte",
        _ => "hors périmètre",
    };
}
