using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Orleans;
using SignauxFaibles.Domain.Alerts;
using SignauxFaibles.Domain.Scoring;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Contracts;

/// <summary>
/// A change of a firm's score (its value, or the model version that produced it), published to the scores
/// topic. The <see cref="Id"/> is a function of the firm, the change's sequence number, the month, the
/// model version and the score, so a republication (outbox retry, redelivered batch) carries the same id
/// and subscribers drop duplicates; the sequence keeps a score that comes back to an earlier value distinct.
/// </summary>
[GenerateSerializer, Immutable, Alias("sf.ScoreChange.v1")]
public sealed record ScoreChange
{
    [Id(0)] public required Guid Id { get; init; }
    [Id(1)] public required string Siren { get; init; }
    /// <summary>The month scored.</summary>
    [Id(2)] public required Month Month { get; init; }
    [Id(3)] public required string ModelVersion { get; init; }
    /// <summary>Probability of a défaillance within 18 months; null when the firm left the perimeter (no longer scored).</summary>
    [Id(4)] public double? Score { get; init; }
    /// <summary>The score before this change; null when the firm was not scored.</summary>
    [Id(5)] public double? PreviousScore { get; init; }
    /// <summary>The alert level after this change.</summary>
    [Id(6)] public required AlertLevel Level { get; init; }
    /// <summary>The latest delivery date the firm's data include.</summary>
    [Id(7)] public required DateOnly AsOf { get; init; }
    /// <summary>The firm's score change number, from 0.</summary>
    [Id(8)] public required int Sequence { get; init; }
    /// <summary>The features that raise the score most, largest first.</summary>
    [Id(9)] public ImmutableArray<FeatureContribution> TopFeatures { get; init; } = [];
    /// <summary>The firm's detection-row figures after the change (the read model's input); null from producers older than this field.</summary>
    [Id(10)] public DetectionFigures? Figures { get; init; }

    /// <summary>
    /// True when <paramref name="next"/> differs from <paramref name="previous"/> in value or model version
    /// (a month scored again with the same result is not a change).
    /// </summary>
    public static bool IsChange(RiskScore? previous, RiskScore? next) =>
        (previous, next) switch
        {
            (null, null) => false,
            ({ } p, { } n) => !p.Probability.Equals(n.Probability) || !string.Equals(p.ModelVersion, n.ModelVersion, StringComparison.Ordinal),
            _ => true,
        };

    /// <summary>The deterministic id: the first 16 bytes of SHA-256 over the identifying fields (score in round-trip form).</summary>
    public static Guid IdFor(string siren, int sequence, Month month, string modelVersion, double? score)
    {
        var value = score is { } s ? s.ToString("R", CultureInfo.InvariantCulture) : "none";
        var text = $"score|{siren}|{sequence}|{month}|{modelVersion}|{value}";
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return new Guid(hash[..16]);
    }
}
