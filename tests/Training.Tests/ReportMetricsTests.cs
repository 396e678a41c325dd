using SignauxFaibles.Domain.Alerts;
using SignauxFaibles.Domain.Population;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Training.Evaluation;

namespace SignauxFaibles.Training.Tests;

/// <summary>The analyst's figures of the report: F-scores, alert levels as emitted (hysteresis), segments.</summary>
public class ReportMetricsTests
{
    [Fact]
    public void FScore_HandComputed()
    {
        // P = 1/2, R = 1/4: F0.5 = 1.25 x 1/8 / (0.25 x 1/2 + 1/4) = 5/12; F2 = 5 x 1/8 / (4 x 1/2 + 1/4) = 5/18.
        Assert.Equal(5.0 / 12, Metrics.FScore(0.5, 0.25, 0.5), 12);
        Assert.Equal(5.0 / 18, Metrics.FScore(0.5, 0.25, 2), 12);
        Assert.Equal(0, Metrics.FScore(0, 0, 2));
    }

    [Fact]
    public void OfAlerts_HandComputed()
    {
        // 3 alerts, 1 true positive, 2 positives: P = 1/3, R = 1/2.
        bool[] alerted = [true, true, false, false, true];
        bool[] labels = [true, false, true, false, false];

        var m = Metrics.OfAlerts(alerted, labels, 0.3);

        Assert.Equal(3, m.Alerts);
        Assert.Equal(1.0 / 3, m.Precision, 12);
        Assert.Equal(0.5, m.Recall, 12);
        Assert.Equal(1.25 * (1.0 / 6) / ((0.25 / 3) + 0.5), m.F05, 12);  // 0.357142...
        Assert.Equal(5 * (1.0 / 6) / ((4.0 / 3) + 0.5), m.F2, 12);       // 0.454545...
        Assert.Equal(0.3, m.Threshold);
    }

    private static readonly AlertThresholds Thresholds = new(Eleve: 0.5, Modere: 0.2, Hysteresis: 0.2); // exits 0.4 and 0.16

    private static ScoredMonth At(string siren, int month, double? p, FirmStanding? standing = null) =>
        new(siren, Month.Of(2023, month), p, standing ?? FirmStanding.InBonis);

    [Fact]
    public void Replay_KeepsALevelWithinItsHysteresis_AsTheGrainEmitsIt()
    {
        ScoredMonth[] months = [At("A", 1, 0.55), At("A", 2, 0.45), At("A", 3, 0.35), At("A", 4, 0.18), At("A", 5, 0.10)];

        var levels = EmittedLevels.Replay(months, Thresholds);

        // 0.45 < 0.5 keeps élevé (exit 0.4); 0.18 < 0.2 keeps modéré (exit 0.16): static thresholds would say modéré and pas d'alerte.
        Assert.Equal([AlertLevel.Eleve, AlertLevel.Eleve, AlertLevel.Modere, AlertLevel.Modere, AlertLevel.PasDAlerte], levels);
        Assert.Equal(AlertLevel.Modere, AlertStateMachine.LevelFor(0.45, AlertLevel.PasDAlerte, Thresholds));
    }

    [Fact]
    public void Replay_AMissingMonthOrAProcedure_EndsTheLevel_AndFirmsAreIndependentWhateverTheOrder()
    {
        var procedure = new FirmStanding { Procedure = ProcedureStatus.Redressement, ProcedureDate = new DateOnly(2023, 4, 10) };
        ScoredMonth[] months =
        [
            At("B", 4, 0.45, procedure), At("A", 3, 0.45), At("B", 2, 0.55), At("A", 1, 0.55), At("B", 3, 0.45),
        ];

        var levels = EmittedLevels.Replay(months, Thresholds);

        // A: month 2 missing (out of the perimeter), so 0.45 enters modéré, not élevé; B: élevé kept, then en procédure.
        Assert.Equal([AlertLevel.EnProcedure, AlertLevel.Modere, AlertLevel.Eleve, AlertLevel.Eleve, AlertLevel.Eleve], levels);
    }

    [Fact]
    public void Measure_CountsRedAsElevéAndOrangeAsModéréOrHigher_OnTheRowsGiven()
    {
        AlertLevel[] levels = [AlertLevel.Eleve, AlertLevel.Modere, AlertLevel.PasDAlerte, AlertLevel.Eleve, AlertLevel.EnProcedure];
        int[] rows = [0, 1, 2, 3];
        bool[] labels = [true, true, false, false];

        var m = EmittedLevels.Measure("x", Thresholds, levels, rows, labels);

        Assert.Equal(4, m.Rows);
        Assert.Equal(2, m.Positives);
        Assert.Equal((2L, 0.5, 0.5), (m.Red.Alerts, m.Red.Precision, m.Red.Recall));
        Assert.Equal((3L, 2.0 / 3, 1.0), (m.Orange.Alerts, m.Orange.Precision, m.Orange.Recall));
    }

    [Theory]
    [InlineData(float.NaN, Segments.Unknown)]
    [InlineData(9f, "0-9")]
    [InlineData(10f, "10-19")]
    [InlineData(49.5f, "20-49")]
    [InlineData(50f, "50-249")]
    [InlineData(250f, "250+")]
    public void Band_Boundaries(float effectif, string band) => Assert.Equal(band, Segments.Band(effectif));

    [Fact]
    public void Segments_NafAndRégion_NamedFromTheReferenceTables()
    {
        Assert.Equal("C Industrie manufacturière", Segments.Naf(2));
        Assert.Equal("84 Auvergne-Rhône-Alpes", Segments.RegionName(84));
        Assert.Equal(Segments.Unknown, Segments.RegionName(float.NaN));
    }

    [Fact]
    public void Breakdown_EverySegmentOfADimension_SumsToTheTotal()
    {
        var random = new Random(5);
        var features = Enumerable.Range(0, 500).Select(_ => new[] { (float)random.Next(0, 4), random.Next(0, 10) == 0 ? float.NaN : random.Next(0, 300) }).ToArray();
        var labels = features.Select(_ => random.NextDouble() < 0.1).ToArray();
        var scores = features.Select(_ => random.NextDouble()).ToArray();
        (string, Func<ReadOnlySpan<float>, string>)[] dimensions = [("a", row => row[0].ToString(System.Globalization.CultureInfo.InvariantCulture)), ("band", row => Segments.Band(row[1]))];

        var result = Breakdown.By(dimensions, i => features[i], [new ScoredRows("s", scores, labels), new ScoredRows("t", scores, labels)]);

        foreach (var dimension in new[] { "a", "band" })
        {
            var rows = result.Where(r => r.Dimension == dimension).ToList();
            Assert.Equal(500, rows.Sum(r => r.Rows));
            Assert.Equal(labels.Count(l => l), rows.Sum(r => r.Positives));
            Assert.All(rows, r => Assert.Equal((double)r.Positives / r.Rows, r.BaseRate, 12));
            Assert.All(rows, r => Assert.Equal(r.RocAuc["s"], r.RocAuc["t"]));
        }

        Assert.Equal(4, result.Count(r => r.Dimension == "a"));
    }
}
