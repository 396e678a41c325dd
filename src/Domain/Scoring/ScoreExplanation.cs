using System.Collections.Immutable;
using Orleans;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Domain.Scoring;

/// <summary>
/// A score shown as a waterfall in the five groups users know (domain.md §5). The waterfall starts at the
/// model's reference firm's risk, then adds the firm's context (sector, région, age, procédure state: its
/// own "contexte" bar, since nobody can act on it) and each group in display order
/// (<see cref="ExplanationGroups.Waterfall"/>); each bar is the change of risk, in percentage points, that
/// adding the group's log-odds makes. Red bars (positive) aggravate, green bars mitigate, and the
/// start plus all bars is exactly the firm's risk in percent. Bars depend on the display order (the
/// logistic curve is not linear); the order is fixed so the same score always reads the same way.
/// </summary>
[GenerateSerializer, Immutable, Alias("sf.ScoreExplanation.v1")]
public sealed record ScoreExplanation
{
    [Id(0)] public required string Siren { get; init; }
    [Id(1)] public required Month Month { get; init; }
    [Id(2)] public required string ModelVersion { get; init; }
    /// <summary>The firm's risk, in percent.</summary>
    [Id(3)] public required double RiskPercent { get; init; }
    /// <summary>The start of the waterfall, the reference firm's risk, in percent.</summary>
    [Id(4)] public required double StartPercent { get; init; }
    /// <summary>One bar per group, in <see cref="ExplanationGroups.Waterfall"/> order (contexte first).</summary>
    [Id(5)] public required ImmutableArray<GroupContribution> Groups { get; init; }
    /// <summary>Every feature's contribution, largest effect first.</summary>
    [Id(6)] public required ImmutableArray<FeatureContribution> Features { get; init; }

    public static ScoreExplanation From(RiskScore score)
    {
        var start = score.BaseLogOdds;
        var byGroup = new double[ExplanationGroups.Waterfall.Count];
        foreach (var c in score.Contributions)
        {
            byGroup[(int)ExplanationGroups.Of(c.Group)] += c.Contribution;
        }

        var bars = ImmutableArray.CreateBuilder<GroupContribution>(byGroup.Length);
        var running = start;
        foreach (var g in ExplanationGroups.Waterfall)
        {
            var before = Logistic.Sigmoid(running);
            running += byGroup[(int)g];
            bars.Add(new GroupContribution(g, byGroup[(int)g], 100 * (Logistic.Sigmoid(running) - before)));
        }

        return new ScoreExplanation
        {
            Siren = score.Siren,
            Month = score.Month,
            ModelVersion = score.ModelVersion,
            RiskPercent = 100 * score.Probability,
            StartPercent = 100 * Logistic.Sigmoid(start),
            Groups = bars.MoveToImmutable(),
            Features =
            [
                .. score.Contributions
                    .OrderByDescending(c => Math.Abs(c.Contribution))
                    .ThenBy(c => c.Feature, StringComparer.Ordinal),
            ],
        };
    }
}
