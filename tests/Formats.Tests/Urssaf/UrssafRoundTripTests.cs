using CsCheck;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Formats.Core;
using SignauxFaibles.Formats.Tests.Support;
using SignauxFaibles.Formats.Urssaf;

namespace SignauxFaibles.Formats.Tests.Urssaf;

/// <summary>Writer then reader gives back the same events, for generated events and for the corpus files.</summary>
public class UrssafRoundTripTests
{
    private const int Iterations = 60;

    [Fact]
    public void DebitWriter_GeneratedEvents_ReadBackEqual() =>
        UrssafGenerators.Debit.List[1, 25].Sample(events => AssertRoundTrip(events, w => new DebitWriter(w), new DebitReader()), iter: Iterations);

    [Fact]
    public void CotisationWriter_GeneratedEvents_ReadBackEqual() =>
        UrssafGenerators.Cotisation.List[1, 25].Sample(events => AssertRoundTrip(events, w => new CotisationWriter(w), new CotisationReader()), iter: Iterations);

    [Fact]
    public void DelaiWriter_GeneratedEvents_ReadBackEqual() =>
        UrssafGenerators.Delai.List[1, 25].Sample(events => AssertRoundTrip(events, w => new DelaiWriter(w), new DelaiReader()), iter: Iterations);

    [Fact]
    public void CcsfWriter_GeneratedEvents_ReadBackEqual() =>
        UrssafGenerators.Ccsf.List[1, 25].Sample(events => AssertRoundTrip(events, w => new CcsfWriter(w), new CcsfReader()), iter: Iterations);

    [Fact]
    public void ProcolWriter_GeneratedEvents_ReadBackEqual() =>
        UrssafGenerators.Procol.List[1, 25].Sample(events => AssertRoundTrip(events, w => new ProcolWriter(w), new ProcolReader()), iter: Iterations);

    [Fact]
    public void EffectifWriter_GeneratedEvents_ReadBackEqual() =>
        UrssafGenerators.Effectif.List[1, 25].Sample(events => AssertRoundTrip(events, w => new EffectifWriter(w, UrssafGenerators.EffectifMonths), new EffectifReader()), iter: Iterations);

    [Fact]
    public void EffectifEntrepriseWriter_GeneratedEvents_ReadBackEqual() =>
        UrssafGenerators.EffectifEntreprise.List[1, 25].Sample(events => AssertRoundTrip(events, w => new EffectifEntrepriseWriter(w, UrssafGenerators.EffectifMonths), new EffectifEntrepriseReader()), iter: Iterations);

    [Theory]
    [InlineData("cotisation", "parsing/urssaf/cotisationTestData.csv")]
    [InlineData("debit", "parsing/urssaf/debitTestData.csv")]
    [InlineData("debit", "parsing/urssaf/debitCorrompuTestData.csv")]
    [InlineData("delai", "parsing/urssaf/delaiTestData.csv")]
    [InlineData("ccsf", "parsing/urssaf/ccsfTestData.csv")]
    [InlineData("procol", "parsing/urssaf/procolTestData.csv")]
    [InlineData("effectif", "parsing/e2e-input/effectifTestData.csv")]
    [InlineData("effectif_ent", "parsing/e2e-input/effectifEntTestData.csv")]
    public void Writer_CorpusFileRewritten_ReadsBackTheSameEvents(string format, string input)
    {
        var reader = UrssafReaders.For(format);
        var (results, _) = ReadAll.File(reader, RepositoryFiles.Conformance(input), ValidationOptions.ShapeOnly);
        var events = results.Where(r => r.IsAccepted).Select(r => r.Event!).ToList();
        Assert.NotEmpty(events);

        var months = events.SelectMany(MonthsOf).Distinct().Order().ToList();
        var text = new StringWriter();
        Func<FirmEvent, bool> write = format switch
        {
            "cotisation" => Writer<Cotisation>(new CotisationWriter(text)),
            "debit" => Writer<Debit>(new DebitWriter(text)),
            "delai" => Writer<Delai>(new DelaiWriter(text)),
            "ccsf" => Writer<Ccsf>(new CcsfWriter(text)),
            "procol" => Writer<ProcedureCollective>(new ProcolWriter(text)),
            "effectif" => Writer<EffectifEtablissement>(new EffectifWriter(text, months)),
            "effectif_ent" => Writer<EffectifEntreprise>(new EffectifEntrepriseWriter(text, months)),
            _ => throw new ArgumentOutOfRangeException(nameof(format)),
        };
        Assert.All(events, e => Assert.True(write(e)));

        var (reread, report) = ReadAll.Text(reader, text.ToString(), ValidationOptions.ShapeOnly);
        Assert.Null(report.Fatal);
        Assert.Equal(events.Count, reread.Count);
        for (var i = 0; i < events.Count; i++)
        {
            Assert.True(reread[i].IsAccepted, $"line {reread[i].LineNumber}: {string.Join("; ", reread[i].Rejects)}");
            EventComparer.AssertSame(events[i], reread[i].Event!, $"{input} record {i + 1}");
        }
    }

    private static Func<FirmEvent, bool> Writer<T>(IPartnerFileWriter<T> writer)
        where T : FirmEvent => e =>
        {
            writer.Write((T)e);
            return true;
        };

    private static IEnumerable<Month> MonthsOf(FirmEvent e) => e switch
    {
        EffectifEtablissement ee => ee.Months.Select(m => m.Month),
        EffectifEntreprise ee => ee.Months.Select(m => m.Month),
        _ => [],
    };

    private static void AssertRoundTrip<T>(List<T> events, Func<TextWriter, IPartnerFileWriter<T>> newWriter, IPartnerFileReader reader)
        where T : FirmEvent
    {
        var text = new StringWriter();
        var writer = newWriter(text);
        foreach (var e in events)
        {
            writer.Write(e);
        }

        var (results, report) = ReadAll.Text(reader, text.ToString(), ValidationOptions.Strict);
        Assert.Null(report.Fatal);
        Assert.Equal(events.Count, results.Count);
        for (var i = 0; i < events.Count; i++)
        {
            Assert.True(results[i].IsAccepted, $"line {results[i].LineNumber} '{results[i].RawLine}': {string.Join("; ", results[i].Rejects)}");
            EventComparer.AssertSame(events[i], results[i].Event!, $"event {i + 1}");
        }
    }
}
