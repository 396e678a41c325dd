using SignauxFaibles.Domain.Wire;
using System.Buffers;
using System.Text.Json;
using SignauxFaibles.Contracts;
using SignauxFaibles.Ingest.Alerts;

namespace SignauxFaibles.Ingest.Scores;

/// <summary>
/// Wire format of the scores topic (docs/kafka.md): one JSON object per score change, with its
/// deterministic <c>id</c> so subscribers de-duplicate redeliveries and republications.
/// </summary>
public static class ScoreJson
{
    public static byte[] Serialize(ScoreChange change) => JsonBytes.Write(change, static (w, change) =>
        {
            w.WriteStartObject();
            w.WriteString("id", change.Id);
            w.WriteString("siren", change.Siren);
            w.WriteString("month", change.Month.ToString());
            w.WriteString("modelVersion", change.ModelVersion);
            WriteNullable(w, "score", change.Score);
            WriteNullable(w, "previousScore", change.PreviousScore);
            w.WriteString("level", AlertJson.LevelName(change.Level));
            w.WriteString("asOf", change.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            w.WriteNumber("sequence", change.Sequence);
            AlertJson.WriteTopFeatures(w, change.TopFeatures);
            ScoreFiguresJson.Write(w, change.Figures);
            w.WriteEndObject();
        });

    private static void WriteNullable(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
