using Orleans;

namespace SignauxFaibles.Contracts;

/// <summary>
/// One model version a silo can activate: the built-in scorer or a folder of the model store, with what
/// its manifest says, or why it is unusable (<see cref="Error"/>).
/// </summary>
[GenerateSerializer, Immutable, Alias("sf.ModelVersionInfo.v1")]
public sealed record ModelVersionInfo
{
    /// <summary><see cref="Source"/> of the scorer compiled into the silo.</summary>
    public const string BuiltIn = "built-in";

    /// <summary><see cref="Source"/> of a version read from the model store.</summary>
    public const string Store = "store";

    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string Source { get; init; }
    [Id(2)] public string? Kind { get; init; }
    [Id(3)] public string? Description { get; init; }
    [Id(4)] public DateTimeOffset? CreatedAt { get; init; }
    /// <summary>Headline metrics as "name=value" pairs (e.g. "auc=0.812 aucpr=0.214").</summary>
    [Id(5)] public string? Metrics { get; init; }
    /// <summary>Why the version cannot be activated; null when its manifest is valid.</summary>
    [Id(6)] public string? Error { get; init; }
    /// <summary>Élevé and modéré entry thresholds, as text.</summary>
    [Id(7)] public string? Thresholds { get; init; }
}
