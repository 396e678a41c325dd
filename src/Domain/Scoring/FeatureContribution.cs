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
/// <remarks>
/// The label, unit and direction come from the feature's definition (<see cref="FeatureSchema"/>, the one
/// place they live); they are read-only views for JSON readers, not part of the Orleans contract.
/// </remarks>
[GenerateSerializer, Immutable, Alias("sf.FeatureContribution.v1")]
public sealed record FeatureContribution(
    [property: Id(0)] string Feature,
    [property: Id(1)] FeatureGroup Group,
    [property: Id(2)] double Value,
    [property: Id(3)] double Contribution)
{
    /// <summary>The French label of the feature (its code when the schema does not know it).</summary>
    public string Label => FeatureSchema.Find(Feature)?.Label ?? Feature;

    /// <summary>The unit of <see cref="Value"/>; null when the schema does not know the feature.</summary>
    public FeatureUnit? Unit => FeatureSchema.Find(Feature)?.Unit;

    /// <summary>How a rising value of this feature is expected to move the risk.</summary>
    public FeatureDirection? Direction => FeatureSchema.Find(Feature)?.Direction;

    /// <summary>What this contribution does to this firm's risk: aggrave (positive), atténue (negative) or neither.</summary>
    public FeatureDirection Effect =>
        Contribution > 0 ? FeatureDirection.Aggrave : Contribution < 0 ? FeatureDirection.Attenue : FeatureDirection.Indeterminee;
}
