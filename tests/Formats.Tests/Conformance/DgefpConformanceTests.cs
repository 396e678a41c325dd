using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Formats.Dgefp;
using SignauxFaibles.Formats.Tests.Support;
using static SignauxFaibles.Formats.Tests.Support.SharedCorpus;

namespace SignauxFaibles.Formats.Tests.Conformance;

/// <summary>
/// The DGEFP activité partielle readers against the original parsers' test files: same records, same
/// accept/reject counts, same rows as the original end-to-end import (deviations: docs/conformance-dgefp-sirene.md).
/// </summary>
public class DgefpConformanceTests
{
    private const string ApDemandeFile = "parsing/apdemande/apdemandeTestData.csv";
    private const string ApDemandeE2eFile = "parsing/e2e-input/apdemandeTestData.csv";
    private const string ApConsoE2eFile = "parsing/e2e-input/apconsoTestData.csv";

    [Fact]
    public void ApDemande_ParsingCorpus_MatchesExpectedTuplesAndReport()
    {
        var (results, report) = Read(new ApDemandeReader(), ApDemandeFile, ValidationOptions.ShapeOnly);
        var (tuples, expected) = Expected("parsing/apdemande/expectedApdemande.json");

        Assert.Null(report.Fatal);
        Assert.Equal(expected.GetProperty("lines_parsed").GetInt64(), report.LinesRead);
        Assert.Equal(expected.GetProperty("lines_valid").GetInt64(), report.LinesAccepted);
        Assert.Equal(expected.GetProperty("lines_rejected").GetInt64(), report.LinesRejected);
        Assert.Equal(expected.GetProperty("lines_skipped").GetInt64(), report.LinesSkipped);
        var events = results.Select(r => (ApDemande)r.Event!).ToList();
        Assert.Equal(tuples.Count, events.Count);
        for (var i = 0; i < tuples.Count; i++)
        {
            AssertSameTuple(tuples[i], ToOriginalJson(events[i]), $"apdemande tuple {i}");
        }
    }

    [Fact]
    public void ApDemande_E2eInputWithBlankLines_MatchesGoldenImport()
    {
        var (results, report) = Read(new ApDemandeReader(), ApDemandeE2eFile, ValidationOptions.ShapeOnly);
        var golden = Golden("apdemande");

        Assert.Null(report.Fatal);
        Assert.Equal(3, report.LinesSkipped); // the three blank lines
        Assert.Equal(0, report.LinesRejected);
        var events = results.Select(r => (ApDemande)r.Event!).ToList();
        Assert.Equal(golden.Count, events.Count);
        for (var i = 0; i < golden.Count; i++)
        {
            AssertSameGoldenRow(golden[i], ToGolden(events[i]), $"apdemande golden row {i}");
        }
    }

    [Fact]
    public void ApConso_E2eInput_MatchesGoldenImportAtMonthGrain()
    {
        var (results, report) = Read(new ApConsommationReader(), ApConsoE2eFile, ValidationOptions.ShapeOnly);
        var golden = Golden("apconso");

        Assert.Null(report.Fatal);
        Assert.Equal(golden.Count, report.LinesAccepted);
        Assert.Equal(0, report.LinesRejected + report.LinesSkipped);
        var events = results.Select(r => (ApConsommation)r.Event!).ToList();
        for (var i = 0; i < golden.Count; i++)
        {
            // Deviation: we keep the month of MOIS, the original kept the day (2020-12-30).
            var row = new Dictionary<string, string>(golden[i]) { ["Periode"] = golden[i]["Periode"][..7] };
            AssertSameGoldenRow(row, ToGolden(events[i]), $"apconso golden row {i}");
        }
    }

    [Theory]
    [InlineData(ApDemandeFile)]
    [InlineData(ApDemandeE2eFile)]
    public void ApDemande_StrictMode_RejectsTheFakeIdentifiersForTheirChecksum(string file) =>
        Assert.True(AssertStrictRejectsOnlyChecksumFailures(new ApDemandeReader(), file) > 0);

    [Fact]
    public void ApConso_StrictMode_RejectsTheFakeIdentifiersForTheirChecksum() =>
        Assert.True(AssertStrictRejectsOnlyChecksumFailures(new ApConsommationReader(), ApConsoE2eFile) > 0);

    [Theory]
    [InlineData(ApDemandeFile)]
    [InlineData(ApDemandeE2eFile)]
    public void ApDemande_CorpusRewritten_ReadsBackIdentical(string file)
    {
        var events = Read(new ApDemandeReader(), file, ValidationOptions.ShapeOnly).Results.Select(r => (ApDemande)r.Event!).ToList();
        using var text = new StringWriter();
        var writer = new ApDemandeWriter(text);
        events.ForEach(writer.Write);

        Assert.Equal<FirmEvent>(events, ReadBack(new ApDemandeReader(), text.ToString(), ValidationOptions.ShapeOnly));
    }

    [Fact]
    public void ApConso_CorpusRewritten_ReadsBackIdentical()
    {
        var events = Read(new ApConsommationReader(), ApConsoE2eFile, ValidationOptions.ShapeOnly).Results.Select(r => (ApConsommation)r.Event!).ToList();
        using var text = new StringWriter();
        var writer = new ApConsommationWriter(text);
        events.ForEach(writer.Write);

        Assert.Equal<FirmEvent>(events, ReadBack(new ApConsommationReader(), text.ToString(), ValidationOptions.ShapeOnly));
    }

    [Fact]
    public void ApDemande_CorpusRewritten_KeepsTheNativeLayout()
    {
        var events = Read(new ApDemandeReader(), ApDemandeFile, ValidationOptions.ShapeOnly).Results.Select(r => (ApDemande)r.Event!).ToList();
        using var text = new StringWriter();
        var writer = new ApDemandeWriter(text);
        events.ForEach(writer.Write);

        // The original file differs only by its unquoted DATE_FIN on line 2 and S_EFF_CONSOM_TOT "8" on line 3.
        var native = File.ReadAllText(PathOf(ApDemandeFile))
            .Replace(",2017-09-09,", ",\"2017-09-09\",", StringComparison.Ordinal)
            .Replace(",81.0,8,", ",81.0,8.0,", StringComparison.Ordinal);
        Assert.Equal(native, text.ToString());
    }

    private static Dictionary<string, object?> ToOriginalJson(ApDemande e) => new()
    {
        ["id_demande"] = e.IdDemande,
        ["effectif_entreprise"] = e.EffectifEntreprise,
        ["effectif"] = e.Effectif,
        ["date_statut"] = JsonDate(e.DateStatut),
        ["periode_debut"] = JsonDate(e.PeriodeDebut),
        ["periode_fin"] = JsonDate(e.PeriodeFin),
        ["hta"] = e.HeuresAutorisees,
        ["mta"] = e.MontantAutorise,
        ["effectif_autorise"] = e.EffectifAutorise,
        ["motif_recours_se"] = e.MotifRecours,
        ["heures_consommees"] = e.HeuresConsommees,
        ["montant_consomme"] = e.MontantConsomme,
        ["effectif_consomme"] = e.EffectifConsomme,
        ["perimetre"] = e.Perimetre,
    };

    private static Dictionary<string, string> ToGolden(ApDemande e) => new()
    {
        ["id_demande"] = e.IdDemande,
        ["siret"] = e.Siret,
        ["effectif_entreprise"] = Invariant(e.EffectifEntreprise),
        ["effectif"] = Invariant(e.Effectif),
        ["date_statut"] = GoldenDate(e.DateStatut),
        ["période_début"] = GoldenDate(e.PeriodeDebut),
        ["période_fin"] = GoldenDate(e.PeriodeFin),
        ["heures_autorisées"] = Invariant(e.HeuresAutorisees),
        ["montants_autorisés"] = Invariant(e.MontantAutorise),
        ["effectif_autorisé"] = Invariant(e.EffectifAutorise),
        ["motif_recours_se"] = Invariant(e.MotifRecours),
        ["heure_consommee"] = Invariant(e.HeuresConsommees),
        ["montant_consomme"] = Invariant(e.MontantConsomme),
        ["effectif_consomme"] = Invariant(e.EffectifConsomme),
        ["perimetre"] = Invariant(e.Perimetre),
    };

    private static Dictionary<string, string> ToGolden(ApConsommation e) => new()
    {
        ["ID"] = e.IdDemande,
        ["Siret"] = e.Siret,
        ["HeureConsommee"] = Invariant(e.HeuresConsommees),
        ["Montant"] = Invariant(e.Montant),
        ["Effectif"] = Invariant(e.Effectif),
        ["Periode"] = e.Mois.FirstDay.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
    };
}
