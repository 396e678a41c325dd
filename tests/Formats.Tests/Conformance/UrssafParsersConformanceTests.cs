using System.Globalization;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Identifiers;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Formats.Core;
using SignauxFaibles.Formats.Tests.Support;
using SignauxFaibles.Formats.Urssaf;

namespace SignauxFaibles.Formats.Tests.Conformance;

/// <summary>
/// Replays the original Signaux Faibles URSSAF parsers' test corpus through our readers: same records
/// (every field of <c>expected*.json</c>), same accept/reject decisions and counts, same rows as the
/// end-to-end import golden files. The corpus uses fake identifiers, so it runs with
/// <see cref="ValidationOptions.ShapeOnly"/>; deviations are listed in docs/conformance.md.
/// </summary>
public class UrssafParsersConformanceTests
{
    private static readonly ValidationOptions Corpus = ValidationOptions.ShapeOnly;

    public static TheoryData<string, string, string> ExpectedFiles => new()
    {
        { "cotisation", "parsing/urssaf/cotisationTestData.csv", "parsing/urssaf/expectedCotisation.json" },
        { "debit", "parsing/urssaf/debitTestData.csv", "parsing/urssaf/expectedDebit.json" },
        { "debit", "parsing/urssaf/debitCorrompuTestData.csv", "parsing/urssaf/expectedDebitCorrompu.json" },
        { "delai", "parsing/urssaf/delaiTestData.csv", "parsing/urssaf/expectedDelai.json" },
        { "ccsf", "parsing/urssaf/ccsfTestData.csv", "parsing/urssaf/expectedCcsf.json" },
        { "procol", "parsing/urssaf/procolTestData.csv", "parsing/urssaf/expectedProcol.json" },
    };

    public static TheoryData<string, string> GoldenFiles => new()
    {
        { "cotisation", "parsing/urssaf/cotisationTestData.csv" },
        { "debit", "parsing/urssaf/debitTestData.csv" },
        { "delai", "parsing/urssaf/delaiTestData.csv" },
        { "ccsf", "parsing/urssaf/ccsfTestData.csv" },
        { "procol", "parsing/urssaf/procolTestData.csv" },
        { "effectif", "parsing/e2e-input/effectifTestData.csv" },
        { "effectif_ent", "parsing/e2e-input/effectifEntTestData.csv" },
    };

    [Theory]
    [MemberData(nameof(ExpectedFiles))]
    public void Read_CorpusFile_GivesExpectedRecords(string format, string input, string expectedJson)
    {
        var expected = ExpectedOutput.Load(RepositoryFiles.Conformance(expectedJson));
        var (results, report) = ReadAll.File(UrssafReaders.For(format), RepositoryFiles.Conformance(input), Corpus);

        var accepted = results.Where(r => r.IsAccepted).Select(r => r.Event!).ToList();
        Assert.Equal(expected.Tuples.Count, accepted.Count);
        for (var i = 0; i < accepted.Count; i++)
        {
            ExpectedOutput.AssertTupleEqual(expected.Tuples[i], OriginalFields(accepted[i]), $"{input} record {i + 1}");
        }
    }

    [Theory]
    [MemberData(nameof(ExpectedFiles))]
    public void Read_CorpusFile_GivesExpectedReportCounts(string format, string input, string expectedJson)
    {
        var expected = ExpectedOutput.Load(RepositoryFiles.Conformance(expectedJson));
        var (_, report) = ReadAll.File(UrssafReaders.For(format), RepositoryFiles.Conformance(input), Corpus);

        Assert.Equal(expected.IsFatal, report.Fatal is not null);
        // lines_parsed counts data records; our blank lines are counted apart (LinesSkipped), and the
        // original's lines_skipped (perimeter filter) has no counterpart because we do not filter.
        Assert.Equal(expected.LinesParsed, report.LinesAccepted + report.LinesRejected);
        Assert.Equal(expected.LinesValid, report.LinesAccepted);
        Assert.Equal(expected.LinesRejected, report.LinesRejected);
        Assert.Equal(0, expected.LinesSkipped);
    }

    [Fact]
    public void Read_CorruptedDebitFile_RejectsTheSameLinesForTheSameReasons()
    {
        var expected = ExpectedOutput.Load(RepositoryFiles.Conformance("parsing/urssaf/expectedDebitCorrompu.json"));
        var (results, _) = ReadAll.File(new DebitReader(), RepositoryFiles.Conformance("parsing/urssaf/debitCorrompuTestData.csv"), Corpus);

        // "Line N: ..." numbers data records from 1; our line numbers count the header as line 1.
        var expectedRejects = expected.HeadRejected
            .Select(message => (Line: long.Parse(message[5..message.IndexOf(':', StringComparison.Ordinal)], CultureInfo.InvariantCulture) + 1, Code: CodeOfGoMessage(message)))
            .ToList();
        var ourRejects = results.Where(r => !r.IsAccepted).Select(r => (Line: r.LineNumber, Code: Assert.Single(r.Rejects).Code)).ToList();

        Assert.Equal(expectedRejects, ourRejects);
        Assert.All(results.Where(r => !r.IsAccepted), r => Assert.False(string.IsNullOrEmpty(r.RawLine)));
    }

    [Theory]
    [MemberData(nameof(GoldenFiles))]
    public void Read_CorpusFile_MatchesImportGolden(string format, string input)
    {
        var golden = GoldenFile.Load(RepositoryFiles.Conformance($"pipeline/test-import.{format}.golden.txt"));
        var (results, report) = ReadAll.File(UrssafReaders.For(format), RepositoryFiles.Conformance(input), Corpus);

        Assert.Null(report.Fatal);
        Assert.Equal(0, report.LinesRejected);
        var rows = results.Select(r => r.Event!).SelectMany(GoldenRows).ToList();
        golden.AssertRowsEqual(rows, format);
    }

    [Theory]
    [MemberData(nameof(GoldenFiles))]
    public void Read_CorpusFileInStrictMode_RejectsExactlyTheLuhnInvalidSirets(string format, string input)
    {
        var (shapeOnly, _) = ReadAll.File(UrssafReaders.For(format), RepositoryFiles.Conformance(input), Corpus);
        var (strict, report) = ReadAll.File(UrssafReaders.For(format), RepositoryFiles.Conformance(input), ValidationOptions.Strict);

        Assert.Equal(shapeOnly.Count, strict.Count);
        for (var i = 0; i < strict.Count; i++)
        {
            var e = shapeOnly[i].Event!;
            var siret = e switch
            {
                EstablishmentEvent est => est.Siret,
                ProcedureCollective p => p.Siret,
                _ => null,
            };
            var badSiren = Siren.Validate(e.Siren) is not null;
            var badSiret = siret is not null && Siret.Validate(siret) is not null;
            Assert.Equal(!(badSiren || badSiret), strict[i].IsAccepted);
            Assert.Equal(badSiren, strict[i].Rejects.Any(r => r.Code == RejectCode.InvalidSirenChecksum));
            Assert.Equal(badSiret, strict[i].Rejects.Any(r => r.Code == RejectCode.InvalidSiretChecksum));
        }

        // The corpus's fake identifiers (11111111111111...) must actually exercise the strict check.
        if (format is not ("effectif" or "effectif_ent"))
        {
            Assert.True(report.LinesRejected > 0, $"{input}: no line rejected in strict mode");
        }
    }

    private static RejectCode CodeOfGoMessage(string message) =>
        message.Contains("wrong number of fields", StringComparison.Ordinal) ? RejectCode.WrongFieldCount
        : message.Contains("bare \"", StringComparison.Ordinal) ? RejectCode.MalformedCsv
        : throw new InvalidOperationException($"no reject code mapped for the original message '{message}'");

    /// <summary>Our event's values under the original parser's JSON names (derived ones computed as it did).</summary>
    private static Dictionary<string, object?> OriginalFields(FirmEvent e) => e switch
    {
        Cotisation c => new()
        {
            ["numero_compte"] = c.Compte,
            ["periode_debut"] = c.PeriodeDebut.FirstDay,
            ["periode_fin"] = c.PeriodeFin.FirstDay,
            ["encaisse"] = c.Encaisse,
            ["du"] = c.Du,
        },
        Debit d => new()
        {
            ["numero_compte"] = d.Compte,
            ["numero_ecart_negatif"] = d.NumeroEcartNegatif,
            ["date_traitement"] = d.DateTraitement,
            ["periode_prise_en_compte"] = DebitIdentity.PeriodePriseEnCompte(d.DateTraitement).FirstDay,
            ["part_ouvriere"] = d.PartOuvriere,
            ["part_patronale"] = d.PartPatronale,
            ["numero_historique"] = d.NumeroHistorique,
            ["etat_compte"] = d.EtatCompte,
            ["code_procedure_collective"] = d.CodeProcedureCollective,
            ["periode_debut"] = d.PeriodeDebut.FirstDay,
            ["periode_fin"] = d.PeriodeFin.FirstDay,
            ["code_operation_ecart_negatif"] = d.CodeOperationEcartNegatif,
            ["code_motif_ecart_negatif"] = d.CodeMotifEcartNegatif,
            ["recours_en_cours"] = d.RecoursEnCours,
            ["DebitID"] = DebitIdentity.Id(d),
        },
        Delai d => new()
        {
            ["numero_compte"] = d.Compte,
            ["numero_contentieux"] = d.NumeroContentieux,
            ["date_creation"] = d.DateCreation,
            ["date_echeance"] = d.DateEcheance,
            ["duree_delai"] = d.DureeDelai,
            ["denomination"] = d.Denomination,
            ["indic_6m"] = d.Indic6M,
            ["annee_creation"] = d.AnneeCreation,
            ["montant_echeancier"] = d.MontantEcheancier,
            ["stade"] = d.Stade,
            ["action"] = d.Action,
        },
        Ccsf c => new()
        {
            ["date_traitement"] = c.DateTraitement,
            ["stade"] = c.Stade,
            ["action"] = c.Action,
        },
        ProcedureCollective p => new()
        {
            ["date_effet"] = p.DateEffet,
            ["action_procol"] = ProcolLabel.ActionName(p.Action),
            ["stade_procol"] = ProcolLabel.StadeName(p.Stade),
        },
        _ => throw new InvalidOperationException($"no expected JSON mapping for {e.GetType().Name}"),
    };

    /// <summary>Our event as the rows the original import test printed for it.</summary>
    private static IEnumerable<string[]> GoldenRows(FirmEvent e)
    {
        switch (e)
        {
            case Cotisation c:
                yield return [c.Siret, c.Compte, Iso(c.PeriodeDebut.FirstDay), Iso(c.PeriodeFin.FirstDay), Num(c.Encaisse), Num(c.Du)];
                break;
            case Debit d:
                yield return
                [
                    d.Siret, d.Compte, d.NumeroEcartNegatif, Iso(d.DateTraitement), Iso(DebitIdentity.PeriodePriseEnCompte(d.DateTraitement).FirstDay),
                    Num(d.PartOuvriere), Num(d.PartPatronale), Num(d.NumeroHistorique), Num(d.EtatCompte), d.CodeProcedureCollective,
                    Iso(d.PeriodeDebut.FirstDay), Iso(d.PeriodeFin.FirstDay), d.CodeOperationEcartNegatif, d.CodeMotifEcartNegatif,
                    d.RecoursEnCours ? "true" : "false", DebitIdentity.Id(d),
                ];
                break;
            case Delai d:
                yield return
                [
                    d.Siret, d.Compte, d.NumeroContentieux, Iso(d.DateCreation), Iso(d.DateEcheance), Num(d.DureeDelai),
                    d.Denomination ?? "", d.Indic6M ?? "", d.AnneeCreation is { } a ? Num(a) : "", Num(d.MontantEcheancier), d.Stade ?? "", d.Action ?? "",
                ];
                break;
            case Ccsf c:
                yield return [c.Siret, c.Compte, Iso(c.DateTraitement), c.Stade, c.Action];
                break;
            case ProcedureCollective p:
                yield return [p.Siret ?? "", Iso(p.DateEffet), ProcolLabel.ActionName(p.Action), ProcolLabel.StadeName(p.Stade)];
                break;
            case EffectifEtablissement ee:
                foreach (var m in ee.Months)
                {
                    yield return [ee.Siret, ee.Compte, Iso(m.Month.FirstDay), Num(m.Effectif)];
                }

                break;
            case EffectifEntreprise ee:
                foreach (var m in ee.Months)
                {
                    yield return [ee.Siren, Iso(m.Month.FirstDay), Num(m.Effectif)];
                }

                break;
            default:
                throw new InvalidOperationException($"no golden mapping for {e.GetType().Name}");
        }
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Num<T>(T value)
        where T : IFormattable => value.ToString(null, CultureInfo.InvariantCulture);
}
