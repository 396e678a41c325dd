namespace SignauxFaibles.Domain.Rules;

/// <summary>The procédure collective state of a firm, from in bonis to the most severe (its numeric value is the feature).</summary>
public enum ProcedureState
{
    InBonis = 0,
    Sauvegarde = 1,
    Redressement = 2,
    Liquidation = 3,
}
