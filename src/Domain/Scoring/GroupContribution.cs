using Orleans;

namespace SignauxFaibles.Domain.Scoring;

/// <summary>
/// One bar of the explanation waterfall.
/// </summary>
/// <param name="Group">The group.</param>
/// <param name="LogOdds">Sum of the group's feature contributions, in log-odds.</param>
/// <param name="Points">The bar's height in percentage points of risk (see <see cref="ScoreExplanation"/>).</param>
[GenerateSerializer, Immutable, Alias("sf.GroupContribution.v1")]
public sealed record GroupContribution(
    [property: Id(0)] ExplanationGroup Group,
    [property: Id(1)] double LogOdds,
    [property: Id(2)] double Points)
{
    /// <summary>The French label of the group (JSON readers; not part of the Orleans contract).</summary>
    public string Label => Group.Label();
}
