using System.Collections.Immutable;
using SignauxFaibles.Contracts;
using SignauxFaibles.Domain.Features;
using SignauxFaibles.Domain.Reference;
using SignauxFaibles.Domain.Scoring;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Web.Firms;

/// <summary>Reads the live figures of one firm from its grain and shapes them as the firm page shows them.</summary>
public sealed class FirmReader(IGrainFactory grains, SignauxFaibles.ReadModel.IDetectionListReader lists)
{
    /// <summary>Months of chart series on the firm page.</summary>
    public const int SeriesMonths = 24;

    /// <summary>Full-time-equivalent hours per month (domain.md §3).</summary>
    public const double HoursPerEtp = 151.67;

    private static readonly string[] ApSeries = ["ap_heures_consommees", "ratio_apart"];
    private static readonly string[] UrssafSeries = ["cotisation_due", "dette_po", "dette_pp", "delai_montant", "delai_actif"];

    /// <summary>The firm's summary only (identity and zone), to decide access before reading the rest.</summary>
    public Task<FirmSummary> SummaryAsync(string siren, CancellationToken ct) =>
        grains.GetGrain<IFirmGrain>(siren).GetSummaryAsync(ct);

    /// <summary>The whole page, unredacted: callers pass it through <see cref="Security.FirmAccess.Redact"/>.</summary>
    public async Task<FirmView> ReadAsync(FirmSummary summary, bool followed, CancellationToken ct)
    {
        var firm = grains.GetGrain<IFirmGrain>(summary.Siren);
        var explanation = await firm.GetExplanationAsync(ct);
        var alerts = await firm.GetAlertHistoryAsync(ct);
        var series = await firm.GetSeriesAsync(SeriesMonths, ct);
        var last = summary.Month;
        var features = last is { } m
            ? await firm.GetFeaturesAsync(m.AddMonths(-36), m.Next, ct)
            : [];
        var history = await lists.FirmHistoryAsync(summary.Siren, ct);
        var dep = Departements.All.FirstOrDefault(d => d.Code == summary.Departement);
        var months = Enumerable.Range(0, series.Months).Select(i => series.From.AddMonths(i).ToString()).ToList();

        return new FirmView
        {
            Siren = summary.Siren,
            RaisonSociale = summary.RaisonSociale,
            Departement = summary.Departement,
            DepartementLibelle = dep?.Libelle,
            Region = dep?.LibelleRegion,
            Activite = summary.Activite,
            DonneesAu = summary.AsOf?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Effectif = summary.Effectif,
            Procedure = summary.ProcedureCollective is { } p ? FrenchLabels.ProcedureCode(p) : null,
            Suivie = followed,
            HiddenBlocks = [],
            Detection = new DetectionBlock(
                FrenchLabels.Code(summary.Level),
                FrenchLabels.Label(summary.Level),
                summary.Score * 100,
                summary.ModelVersion,
                summary.Month?.ToString(),
                summary.PremiereAlerte,
                explanation is null ? null : Waterfall(explanation),
                [.. alerts.Reverse().Select(a => new AlertHistoryRow(
                    a.Month.ToString(), FrenchLabels.Code(a.Level), FrenchLabels.Label(a.Level), FrenchLabels.Label(a.PreviousLevel),
                    a.Score * 100, a.PremiereAlerte, a.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))],
                [.. history.Select(h => new ListHistoryRow(
                    h.ListDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    FrenchLabels.Code(h.Level), FrenchLabels.Label(h.Level), h.Score * 100, h.PremiereAlerte))]),
            SeriesFrom = series.From.ToString(),
            SeriesMonths = months,
            Emploi = [.. Pick(series, "effectif")],
            Urssaf = [.. Pick(series, UrssafSeries)],
            ActivitePartielle = [.. Etp(series), .. Pick(series, ApSeries)],
            Financier = Statements(features),
            Procedures = Procedures(features),
        };
    }

    private static Waterfall Waterfall(ScoreExplanation e) => new(
        e.StartPercent,
        [.. e.Groups.Select(g => new WaterfallBar(g.Group.ToString(), g.Group.Label(), g.Points))],
        e.RiskPercent);

    private static IEnumerable<ChartSeries> Pick(FirmSeries series, params string[] names) =>
        names.Select(n => series.Series.FirstOrDefault(s => s.Name == n))
            .OfType<NamedSeries>()
            .Select(s => new ChartSeries(s.Name, s.Label, Values(s.Values)));

    private static IEnumerable<ChartSeries> Etp(FirmSeries series)
    {
        if (series.Series.FirstOrDefault(s => s.Name == "ap_heures_consommees") is { } hours)
        {
            yield return new ChartSeries("ap_etp", "Activité partielle consommée (ETP)", Values(hours.Values.Select(h => h / HoursPerEtp)));
        }
    }

    private static List<double?> Values(IEnumerable<double> values) =>
        [.. values.Select(v => double.IsFinite(v) ? v : (double?)null)];

    private static List<StatementRow> Statements(ImmutableArray<MonthFeatures> features)
    {
        var rows = new List<StatementRow>();
        for (var back = 0; back <= 36 && features.Length > 0; back += 12)
        {
            var i = features.Length - 1 - back;
            if (i < 0)
            {
                break;
            }

            var f = features[i];
            var ca = Value(f, "ca");
            if (ca is null && Value(f, "ebe") is null)
            {
                continue;
            }

            rows.Add(new StatementRow(
                f.Month.ToString(), ca, Value(f, "ca_var_1a"), Value(f, "ebe"), Value(f, "resultat_exploitation"),
                Value(f, "taux_marge"), Value(f, "capitaux_propres_negatifs") is { } n ? n > 0 : null));
        }

        return rows;
    }

    private static List<ProcedureChange> Procedures(ImmutableArray<MonthFeatures> features)
    {
        var changes = new List<ProcedureChange>();
        double? previous = null;
        foreach (var f in features)
        {
            var state = Value(f, "procol_etat");
            if (state is { } s && s != previous && !(previous is null && s == 0))
            {
                var code = FrenchLabels.ProcedureCode((int)s);
                changes.Add(new ProcedureChange(f.Month.ToString(), code, FrenchLabels.ProcedureLabel(code)));
            }

            previous = state ?? previous;
        }

        return changes;
    }

    private static double? Value(MonthFeatures f, string name)
    {
        var i = FeatureSchema.IndexOf(name);
        return i < 0 || i >= f.Values.Length || !double.IsFinite(f.Values[i]) ? null : f.Values[i];
    }
}
