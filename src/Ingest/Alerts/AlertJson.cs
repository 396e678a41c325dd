using System.Buffers;
using System.Collections.Immutable;
using System.Text.Json;
using SignauxFaibles.Domain.Alerts;
using SignauxFaibles.Domain.Scoring;

namespace SignauxFaibles.Ingest.Alerts;

/// <summary>
/// Wire format of the alerts topic (docs/kafka.md): one JSON object per alert level transition, with the
/// alert's deterministic <c>id</c> so subscribers de-duplicate redeliveries and replays.
/// </summary>
public static class AlertJson
{
    public static byte[] Serialize(AlertEvent alert)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("id", alert.Id);
            w.WriteString("siren", alert.Siren);
            w.WriteString("month", alert.Month.ToString());
            w.WriteString("level", LevelName(alert.Level));
            w.WriteString("previousLevel", LevelName(alert.PreviousLevel));
            if (alert.Score is { } score)
            {
                w.WriteNumber("score", score);
            }

            w.WriteString("modelVersion", alert.ModelVersion);
            w.WriteBoolean("premiereAlerte", alert.PremiereAlerte);
            w.WriteString("asOf", alert.AsOf.ToString("yyyy-MM-dd"));
            w.WriteNumber("sequence", alert.Sequence);
            WriteTopFeatures(w, alert.TopFeatures);
            w.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// The <c>topFeatures</c> array of the alerts and scores topics. A missing feature value is NaN, which JSON
    /// cannot hold (the writer would throw and the grain's outbox would retry forever): written as null.
    /// </summary>
    public static void WriteTopFeatures(Utf8JsonWriter w, ImmutableArray<FeatureContribution> features)
    {
        w.WriteStartArray("topFeatures");
        foreach (var f in features)
        {
            w.WriteStartObject();
            w.WriteString("feature", f.Feature);
            w.WriteString("group", JsonNamingPolicy.SnakeCaseLower.ConvertName(f.Group.ToString()));
            if (double.IsFinite(f.Value))
            {
                w.WriteNumber("value", f.Value);
            }
            else
            {
                w.WriteNull("value");
            }

            w.WriteNumber("contribution", f.Contribution);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>snake_case level names: <c>hors_perimetre</c>, <c>pas_d_alerte</c>, <c>modere</c>, <c>eleve</c>.</summary>
    public static string LevelName(AlertLevel level) => level switch
    {
        AlertLevel.HorsPerimetre => "hors_perimetre",
        AlertLevel.PasDAlerte => "pas_d_alerte",
        AlertLevel.Modere => "modere",
        AlertLevel.Eleve => "eleve",
        _ => level.ToString(),
    };
}
