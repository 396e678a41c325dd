using Orleans;
using SignauxFaibles.Domain.Features;

namespace SignauxFaibles.Domain.Scoring;

/// <summary>
/// How much one feature moved a score away from the model's reference firm, in log-odds: positive values
/// aggravate the risk, negative ones mitigate it.
/// </summary>
/// <param name="Feature">The feature name (<see cref="FeatureSchema"/>).</param>
/// <param name="Group">The feature's group.</param>
/// <param name="Value">The feature value scored (NaN when missing).</param>
/// <param name="Contribution">The contribution to the log-odds of the score.</param>
[GenerateSerializer, Immutable, Alias("sf.FeatureContribution.v1")]
public sealed record FeatureContribution(
    [property: Id(0)] string Feature,
    [property: Id(1)] FeatureGroup Group,
    [property: Id(2)] double Value,
    [property: Id(3)] double Contribution);
