using System.Globalization;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Simulator.Tests;

public sealed class RunOutputTests(SmallRunFixture run) : IClassFixture<SmallRunFixture>
{
    [Fact]
    public void EventStream_EveryLine_DecodesValidatesStrictAndIsInDeliveryOrder()
    {
        var previous = DateOnly.MinValue;
        var count = 0L;
        var schemas = new HashSet<string>();
        foreach (var e in RunOutput.Events(run.Directory))
        {
            Assert.True(e.DeliveredOn >= previous, $"{e.GetType().Name} delivered {e.DeliveredOn} after {previous}");
            previous = e.DeliveredOn;
            schemas.Add(EventSchemas.Of(e).Name);
            count++;
        }

        Assert.Equal(run.Summary.EventLines, count);
        // Every source the simulator models appears in a 4-year run with a crisis.
        foreach (var schema in EventSchemas.All.Where(s => s != EventSchemas.SireneEtablissementPeriode))
        {
            Assert.Contains(schema.Name, schemas);
        }
    }

    [Fact]
    public void GroundTruth_Procedures_AreExactlyTheProcedureCollectiveEvents()
    {
        var truth = RunOutput.Csv(Path.Combine(run.Directory, "truth", "procedures.csv"))
            .Select(r => $"{r[0]};{r[1]};{r[2]};{r[3]}")
            .Order(StringComparer.Ordinal)
            .ToList();
        var events = RunOutput.Events(run.Directory).OfType<ProcedureCollective>()
            .Select(p => $"{p.Siren};{p.DateEffet:yyyy-MM-dd};{p.Action.ToString().ToLowerInvariant()};{System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Stade.ToString())}")
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(truth);
        Assert.Equal(truth, events);

        // Each firm's first judgment is an opening, and it is the earliest of its judgments.
        var firsts = RunOutput.Csv(Path.Combine(run.Directory, "truth", "procedures.csv")).Where(r => r[4] == "1").ToList();
        Assert.All(firsts, r => Assert.Equal("ouverture", r[3]));
        Assert.Equal(firsts.Count, firsts.Select(r => r[0]).Distinct().Count());
        Assert.Equal(run.Summary.FirstJudgments, firsts.Count(r => IsInPerimeter(r[0])));
    }

    [Fact]
    public void GroundTruth_Hazards_StopAtTheFirstJudgment()
    {
        var first = RunOutput.Csv(Path.Combine(run.Directory, "truth", "procedures.csv"))
            .Where(r => r[4] == "1")
            .ToDictionary(r => r[0], r => Month.From(DateOnly.Parse(r[1], CultureInfo.InvariantCulture)));
        var rows = 0;
        foreach (var r in RunOutput.Csv(Path.Combine(run.Directory, "truth", "hazard.csv")))
        {
            var month = Month.Parse(r[1]);
            var hazard = double.Parse(r[3], CultureInfo.InvariantCulture);
            var p18 = double.Parse(r[4], CultureInfo.InvariantCulture);
            Assert.InRange(hazard, 0, 1);
            Assert.InRange(p18, 0, 1);
            if (first.TryGetValue(r[0], out var judged))
            {
                Assert.True(month < judged, $"{r[0]} has a hazard row at {month}, after its judgment in {judged}");
            }

            rows++;
        }

        Assert.True(rows > 3000 * 33, $"only {rows} in-bonis firm-months");
    }

    [Fact]
    public void OracleAuc_OfThe18MonthTarget_IsLearnableButNotGivenAway()
    {
        Assert.InRange(run.Summary.OracleAuc, 0.75, 0.97);
        Assert.True(run.Summary.OraclePositives > 500, $"{run.Summary.OraclePositives} positives");
    }

    [Fact]
    public void Calibration_Rates_AreInBroadRealisticRanges()
    {
        var s = run.Summary;
        Assert.InRange(s.AnnualProcedureRate, 0.015, 0.06);
        Assert.InRange(s.ShareWithDebt, 0.04, 0.35);
        Assert.InRange(s.ShareFirmYearsWithActivitePartielle, 0.03, 0.4);
        Assert.InRange(s.ShareWithoutFinancials, 0.15, 0.5);
        Assert.True(s.ProcedureOutcomes["planContinuation"] > 0, "some firms recover");
        Assert.True(s.Corrections > 0 && s.Duplicates > 0);
    }

    [Fact]
    public void Crisis_SurgesActivitePartielleAndDebt_WhileFailuresDrop()
    {
        var monthly = run.Summary.Monthly.ToDictionary(m => m.Month);
        var before = Month.Of(2019, 10);
        var lockdown = Month.Of(2020, 4);
        Assert.True(monthly[lockdown].ShareWithActivitePartielle > 5 * monthly[before].ShareWithActivitePartielle);
        Assert.True(monthly[lockdown].ShareWithDebt > 2 * monthly[before].ShareWithDebt);
        var normal = run.Summary.Monthly.Where(m => m.Month < Month.Of(2020, 3)).Average(m => (double)m.FirstJudgments / m.InBonis);
        var supported = run.Summary.Monthly.Where(m => m.Month >= Month.Of(2020, 3) && m.Month < Month.Of(2020, 9)).Average(m => (double)m.FirstJudgments / m.InBonis);
        Assert.True(supported < normal, $"failures during support {supported:P3} should be below normal {normal:P3}");
    }

    [Fact]
    public void Debits_HistoryNumbersIncreasePerEcart_AndSettledEcartsEndAtZero()
    {
        var last = new Dictionary<string, Debit>();
        var settled = 0;
        foreach (var d in RunOutput.Events(run.Directory).OfType<Debit>())
        {
            var key = $"{d.Siret}/{d.PeriodeDebut}/{d.NumeroEcartNegatif}";
            if (last.TryGetValue(key, out var before))
            {
                // A duplicate repeats a row; otherwise operations move forward.
                Assert.True(d.NumeroHistorique >= before.NumeroHistorique, $"{key}: history {d.NumeroHistorique} after {before.NumeroHistorique}");
            }

            Assert.True(d.PartOuvriere >= 0 && d.PartPatronale >= 0);
            settled += d.CodeOperationEcartNegatif == "4" && d.PartOuvriere + d.PartPatronale == 0 ? 1 : 0;
            last[key] = d;
        }

        Assert.True(last.Count > 500);
        Assert.True(last.Values.Count(d => d.NumeroHistorique > 1) > 100, "debts evolve");
        Assert.True(settled > 100, "debts are repaid");
    }

    [Fact]
    public void Events_UseValidIdentifiersOfTheFirmsInGroundTruth()
    {
        var firms = RunOutput.Csv(Path.Combine(run.Directory, "truth", "firms.csv")).Select(r => r[0]).ToHashSet();
        Assert.Equal(3000, firms.Count);
        Assert.All(RunOutput.Events(run.Directory).OfType<SireneUniteLegale>(), e => Assert.Contains(e.Siren, firms));
    }

    private bool IsInPerimeter(string siren)
    {
        perimeter ??= RunOutput.Csv(Path.Combine(run.Directory, "truth", "firms.csv")).ToDictionary(r => r[0], r => r[12] == "1");
        return perimeter[siren];
    }

    private Dictionary<string, bool>? perimeter;
}
