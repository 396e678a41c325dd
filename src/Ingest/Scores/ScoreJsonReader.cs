using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using SignauxFaibles.Contracts;
using SignauxFaibles.Domain.Alerts;
using SignauxFaibles.Domain.Features;
using SignauxFaibles.Domain.Scoring;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Ingest.Alerts;
using SignauxFaibles.Domain.Wire;

namespace SignauxFaibles.Ingest.Scores;

/// <summary>
/// Reads a scores-topic message back into a <see cref="ScoreChange"/> (the read model's projection and its
/// rebuild). A message that is not a score change throws <see cref="FormatException"/> with the reason.
/// </summary>
public static class ScoreJsonReader
{
    private static readonly FrozenDictionary<string, AlertLevel> Levels =
        Enum.GetValues<AlertLevel>().ToFrozenDictionary(AlertJson.LevelName, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, FeatureGroup> Groups =
        Enum.GetValues<FeatureGroup>().ToFrozenDictionary(JsonConventions.Code, StringComparer.Ordinal);

    public static ScoreChange Read(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json);
            using var doc = JsonDocument.ParseValue(ref reader);
            var e = doc.RootElement;
            return new ScoreChange
            {
                Id = e.GetProperty("id").GetGuid(),
                Siren = e.GetProperty("siren").GetString() ?? throw new FormatException("siren is null"),
                Month = Month.Parse(e.GetProperty("month").GetString() ?? ""),
                ModelVersion = e.GetProperty("modelVersion").GetString() ?? "",
                Score = Nullable(e, "score"),
                PreviousScore = Nullable(e, "previousScore"),
                Level = Levels.TryGetValue(e.GetProperty("level").GetString() ?? "", out var level) ? level : throw new FormatException("unknown level"),
                AsOf = DateOnly.ParseExact(e.GetProperty("asOf").GetString() ?? "", "yyyy-MM-dd", CultureInfo.InvariantCulture),
                Sequence = e.GetProperty("sequence").GetInt32(),
                TopFeatures = e.TryGetProperty("topFeatures", out var top)
                    ? [.. top.EnumerateArray().Select(f => new FeatureContribution(
                        f.GetProperty("feature").GetString() ?? "",
                        Groups.TryGetValue(f.GetProperty("group").GetString() ?? "", out var g) ? g : default,
                        Nullable(f, "value") ?? double.NaN,
                        f.GetProperty("contribution").GetDouble()))]
                    : [],
                Figures = e.TryGetProperty("figures", out var figures) && figures.ValueKind == JsonValueKind.Object ? ScoreFiguresJson.Read(figures) : null,
            };
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException)
        {
            throw new FormatException($"not a score change: {ex.Message}", ex);
        }
    }

    private static double? Nullable(JsonElement e, string name) =>
        e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.Number ? p.GetDouble() : null;
}
