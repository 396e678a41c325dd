using Orleans;

namespace SignauxFaibles.Domain.Perimeter;

/// <summary>Whether a firm is scored at a month, and if not why ("hors périmètre": kept, not scored).</summary>
[GenerateSerializer, Immutable, Alias("sf.PerimeterStatus.v1")]
public sealed record PerimeterStatus
{
    public static readonly PerimeterStatus InPerimeter = new() { Reason = PerimeterReason.None };

    [Id(0)] public required PerimeterReason Reason { get; init; }

    /// <summary>A short human-readable precision (the excluded code, the peak headcount...).</summary>
    [Id(1)] public string? Detail { get; init; }

    public bool IsInPerimeter => Reason == PerimeterReason.None;

    public static PerimeterStatus OutOfPerimeter(PerimeterReason reason, string? detail = null) => new() { Reason = reason, Detail = detail };
}
