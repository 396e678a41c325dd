using System.Collections.Immutable;
using Orleans;

namespace SignauxFaibles.Contracts;

/// <summary>
/// A store version's evaluation report as its artifact holds it: <c>evaluation.md</c> and the PNG figures
/// it refers to by file name (ROC, precision-recall, reliability diagram), for the web app's model page.
/// </summary>
[GenerateSerializer, Immutable, Alias("sf.ModelReport.v1")]
public sealed record ModelReport
{
    [Id(0)] public required string Id { get; init; }

    /// <summary>The report in Markdown (tables, and images by their file name).</summary>
    [Id(1)] public required string Markdown { get; init; }

    /// <summary>The figures by file name (lowercase letters, digits and '-', ending in <c>.png</c>).</summary>
    [Id(2)] public required ImmutableSortedDictionary<string, byte[]> Figures { get; init; }
}
