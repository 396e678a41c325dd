using System.Collections.Immutable;
using Orleans;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Domain.Scoring;

/// <summary>
/// The score of one firm for one month: the probability of a défaillance within 18 months, the model
/// version that produced it, and the per-feature contributions that explain it (additive in log-odds:
/// <c>logit(Probability) = BaseLogOdds + sum of contributions</c>).
/// </summary>
[GenerateSerializer, Immutable, Alias("sf.RiskScore.v1")]
public sealed record RiskScore
{
    [Id(0)] public required string Siren { get; init; }
    [Id(1)] public required Month Month { get; init; }
    [Id(2)] public required string ModelVersion { get; init; }
    [Id(3)] public required double Probability { get; init; }
    /// <summary>The log-odds of the model's reference firm, where every contribution is zero.</summary>
    [Id(4)] public required double BaseLogOdds { get; init; }
    /// <summary>One entry per feature the model uses, in the model's order.</summary>
    [Id(5)] public required ImmutableArray<FeatureContribution> Contributions { get; init; }

    /// <summary>The <paramref name="count"/> features that raise the score most, largest first (ties by name).</summary>
    public ImmutableArray<FeatureContribution> TopAggravating(int count) =>
    [
        .. Contributions
            .Where(c => c.Contribution > 0)
            .OrderByDescending(c => c.Contribution)
            .ThenBy(c => c.Feature, StringComparer.Ordinal)
            .Take(count),
    ];
}
