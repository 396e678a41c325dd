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
        AlertLevel.EnProcedure => "en procédure",
        AlertLevel.Fermee => "fermée",
        _ => "hors périmètre",
    };

    /// <summary>The stable wire code (snake_case), the same in the HTTP and Kafka JSON.</summary>
    public static string Code(this AlertLevel level) => level switch
    {
        AlertLevel.Eleve => "eleve",
        AlertLevel.Modere => "modere",
        AlertLevel.PasDAlerte => "pas_d_alerte",
        AlertLevel.EnProcedure => "en_procedure",
        AlertLevel.Fermee => "fermee",
        _ => "hors_perimetre",
    };
}
