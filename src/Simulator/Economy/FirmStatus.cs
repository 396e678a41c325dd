namespace SignauxFaibles.Simulator.Economy;

/// <summary>Where a firm stands in its life.</summary>
public enum FirmStatus
{
    /// <summary>Created after the current month.</summary>
    NotYetCreated,
    /// <summary>In bonis: at risk of a first judgment, scored by the oracle.</summary>
    Active,
    /// <summary>Under a sauvegarde or redressement, or continuing under a plan after one.</summary>
    InProcedure,
    /// <summary>Liquidated: establishments closed, only the last judgments remain to come.</summary>
    Liquidated,
    /// <summary>Closed without procédure (cessation, merger).</summary>
    Closed,
}
