using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using SignauxFaibles.Domain.History;
using SignauxFaibles.Grains.Firms;

namespace SignauxFaibles.Grains.Tests.StateContract;

/// <summary>
/// What a stored firm state says, as indented JSON: every member of the state, and of each fact table its
/// size, delivery dates and a content figure. Written beside a state fixture when it is made and compared
/// when the fixture is read by a later version. Reads only members the fixture's version had: a new member
/// (with a new id) reads as its default from older rows and is not part of this text.
/// </summary>
internal static class FirmStateSummary
{
    public static string Of(FirmGrainState state)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            var h = state.History!;
            w.WriteString("siren", h.Siren);
            w.WriteString("lastMonth", h.LastMonth?.ToString());
            w.WriteString("uniteLegaleDeliveredOn", Day(h.UniteLegale?.DeliveredOn));
            Table(w, "etablissements", h.Etablissements);
            Table(w, "cotisations", h.Cotisations);
            Table(w, "debits", h.Debits);
            w.WriteString("debitsTotal", Number(h.Debits.Sum(d => d.PartOuvriere + d.PartPatronale)));
            Table(w, "delais", h.Delais);
            Table(w, "ccsf", h.Ccsf);
            w.WriteString("effectifEntreprise", Series(h.EffectifEntreprise));
            w.WriteString("effectifEtablissements", string.Join(" | ", h.EffectifEtablissements.Select(Series)));
            Table(w, "procedures", h.Procedures);
            Table(w, "apDemandes", h.ApDemandes);
            Table(w, "apConsommations", h.ApConsommations);
            Table(w, "statements", h.Statements);
            Table(w, "paiementsFournisseurs", h.PaiementsFournisseurs);
            w.WriteString("positions", string.Join(", ", state.Positions.Select(p => p.ToString())));
            w.WriteString("alert", $"{state.Alert.Level} premiere={state.Alert.PremiereAlerte} emitted={state.Alert.Emitted} first={state.Alert.FirstAlertMonth} since={state.Alert.Since}");
            w.WriteString("score", state.Score is { } s ? $"{s.ModelVersion} {s.Month} p={Number(s.Probability)} base={Number(s.BaseLogOdds)} contributions={s.Contributions.Length}" : null);
            w.WriteString("alertHistory", string.Join(", ", state.AlertHistory.Select(a => $"{a.Id} {a.PreviousLevel}->{a.Level} {a.Month} {Day(a.AsOf)} p={Number(a.Score ?? double.NaN)} top={a.TopFeatures.Length}")));
            w.WriteString("outbox", string.Join(", ", state.Outbox.Select(a => a.Id.ToString())));
            w.WriteString("asOf", Day(state.AsOf));
            w.WriteString("scoreOutbox", string.Join(", ", state.ScoreOutbox.Select(c => $"{c.Id} {c.Level} {c.Month} seq={c.Sequence} p={Number(c.Score ?? double.NaN)}")));
            w.WriteNumber("scoreSequence", state.ScoreSequence);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()).ReplaceLineEndings("\n") + "\n";
    }

    private static void Table<T>(Utf8JsonWriter w, string name, ImmutableArray<T> facts)
        where T : struct, IFact<T> =>
        w.WriteString(name, facts.IsDefaultOrEmpty ? "0" : $"{facts.Length} delivered {Day(facts.Min(f => f.DeliveredOn))}..{Day(facts.Max(f => f.DeliveredOn))}");

    private static string Series(HeadcountSeriesState? s) =>
        s is null ? "none" : $"{s.Key} from {s.Start}: {string.Join(' ', s.Values)}";

    private static string? Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    private static string Number(decimal v) => v.ToString(CultureInfo.InvariantCulture);
}
