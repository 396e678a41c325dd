using System.Buffers;
using System.Collections.Immutable;
using System.Text.Json;
using System.Globalization;
using SignauxFaibles.Domain.Alerts;
using SignauxFaibles.Domain.Features;
using SignauxFaibles.Domain.Population;
using SignauxFaibles.Domain.Scoring;
using SignauxFaibles.Domain.Wire;

namespace SignauxFaibles.Ingest.Alerts;

/// <summary>
/// Wire format of the alerts topic (docs/kafka.md): one JSON object per alert level transition, with the
/// alert's deterministic <c>id</c> so subscribers de-duplicate redeliveries and replays. Every enum is a
/// stable snake_case code, followed by its French label where people read it (<c>levelLabel</c>,
/// <c>procedureLabel</c>, a feature's <c>label</c>).
/// </summary>
public static class AlertJson
{
    public static byte[] Serialize(AlertEvent alert) => JsonBytes.Write(alert, static (w, alert) =>
        {
            w.WriteStartObject();
            w.WriteString("id", alert.Id);
            w.WriteString("siren", alert.Siren);
            w.WriteString("month", alert.Month.ToString());
            w.WriteString("level", LevelName(alert.Level));
            w.WriteString("levelLabel", alert.Level.Label());
            w.WriteString("previousLevel", LevelName(alert.PreviousLevel));
            w.WriteString("previousLevelLabel", alert.PreviousLevel.Label());
            if (alert.Score is { } score)
            {
                w.WriteNumber("score", score);
            }

            w.WriteString("modelVersion", alert.ModelVersion);
            w.WriteBoolean("premiereAlerte", alert.PremiereAlerte);
            w.WriteString("currentList", alert.CurrentList.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteBoolean("onCurrentList", alert.OnCurrentList);
            w.WriteBoolean("wouldBeFirstOnNext", alert.WouldBeFirstOnNext);
            w.WriteString("asOf", alert.AsOf.ToString("yyyy-MM-dd"));
            w.WriteNumber("sequence", alert.Sequence);
            if (alert.Standing is { } standing)
            {
                WriteStanding(w, standing);
            }

            WriteTopFeatures(w, alert.TopFeatures);
            w.WriteEndObject();
        });

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
            w.WriteString("label", f.Label);
            w.WriteString("group", JsonConventions.Code(f.Group));
            if (f.Unit is { } unit)
            {
                w.WriteString("unit", unit.Code());
            }

            if (f.Direction is { } direction)
            {
                w.WriteString("direction", direction.Code());
            }

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

    /// <summary>
    /// The firm's procédure state and closure (<c>procedure</c>, <c>procedureLabel</c>, <c>procedureDate</c>,
    /// <c>fermeture</c>, <c>fermetureLabel</c>) and, when it is not on the list, <c>reason</c> in French.
    /// </summary>
    public static void WriteStanding(Utf8JsonWriter w, FirmStanding standing)
    {
        w.WriteString("procedure", standing.Procedure.Code());
        w.WriteString("procedureLabel", standing.Procedure.Label());
        if (standing.ProcedureDate is { } date)
        {
            w.WriteString("procedureDate", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        w.WriteString("fermeture", standing.Fermeture.Code());
        w.WriteString("fermetureLabel", standing.Fermeture.Label());
        if (standing.Reason is { } reason)
        {
            w.WriteString("reason", reason);
        }
    }

    /// <summary>
    /// snake_case level codes (<see cref="AlertLevels.Code"/>): <c>fermee</c>, <c>en_procedure</c>,
    /// <c>hors_perimetre</c>, <c>pas_d_alerte</c>, <c>modere</c>, <c>eleve</c>.
    /// </summary>
    public static string LevelName(AlertLevel level) => level.Code();
}
