using Orleans;
using SignauxFaibles.Domain.Alerts;

namespace SignauxFaibles.Domain.Scoring;

/// <summary>
/// A scoring model as published: its identifier (recorded with every score) and the alert thresholds
/// chosen for it, which belong to the model and change with it.
/// </summary>
[GenerateSerializer, Immutable, Alias("sf.ModelVersion.v1")]
public sealed record ModelVersion(
    [property: Id(0)] string Id,
    [property: Id(1)] AlertThresholds Thresholds,
    [property: Id(2)] string Description);
