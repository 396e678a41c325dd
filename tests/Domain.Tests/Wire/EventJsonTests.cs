using System.Text;
using System.Text.RegularExpressions;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Domain.Wire;

namespace SignauxFaibles.Domain.Tests.Wire;

public partial class EventJsonTests
{
    public static TheoryData<int> SampleIndexes()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < SampleEvents.All.Count; i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Fact]
    public void Samples_CoverEverySchema() =>
        Assert.Equal(EventSchemas.All.Select(s => s.Name).Order(), SampleEvents.Schemas.Order());

    [Theory]
    [MemberData(nameof(SampleIndexes))]
    public void Serialize_ThenDeserialize_GivesEqualEvent(int index)
    {
        var e = SampleEvents.All[index];
        var json = EventJson.Serialize(e);
        Assert.True(EventJson.TryDeserialize(json, out var back, out var reject), reject?.ToString());
        AssertEventsEqual(e, back!);
    }

    [Theory]
    [MemberData(nameof(SampleIndexes))]
    public void Sample_IsValidUnderStrictRules(int index) =>
        Assert.Empty(EventValidator.Validate(SampleEvents.All[index]));

    [Fact]
    public void Serialize_PutsSchemaAndVersionFirst()
    {
        var json = EventJson.SerializeToString(SampleEvents.All.OfType<Debit>().Single());
        Assert.StartsWith("{\"schema\":\"urssaf.debit\",\"version\":1,\"data\":{", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_PropertiesInAnyOrder_IsAccepted()
    {
        const string json = """{"data":{"siren":"542107651","deliveredOn":"2024-03-05","months":[{"month":"2023-12","effectif":49}]},"version":1,"schema":"urssaf.effectif_ent"}""";
        Assert.True(EventJson.TryDeserialize(Encoding.UTF8.GetBytes(json), out var e, out _));
        var ent = Assert.IsType<EffectifEntreprise>(e);
        Assert.Equal(49, ent.Months.Single().Effectif);
    }

    [Theory]
    [InlineData("not json", RejectCode.InvalidJson)]
    [InlineData("", RejectCode.InvalidJson)]
    [InlineData("[]", RejectCode.InvalidJson)]
    [InlineData("""{"schema":"urssaf.unknown","version":1,"data":{}}""", RejectCode.UnknownSchema)]
    [InlineData("""{"schema":"urssaf.debit","version":7,"data":{}}""", RejectCode.UnsupportedSchemaVersion)]
    [InlineData("""{"schema":"urssaf.debit","version":1,"data":{"siren":"542107651"}}""", RejectCode.InvalidJson)]
    [InlineData("""{"schema":"urssaf.procol","version":1,"data":{"siren":"542107651","deliveredOn":"2024-03-20","dateEffet":"2024-02-26","action":"faillite","stade":"ouverture"}}""", RejectCode.InvalidJson)]
    [InlineData("""{"schema":"urssaf.cotisation","version":1,"data":{"siren":"542107651","siret":"54210765100011","deliveredOn":"2024-03-20","compte":"1","periodeDebut":"2024-13","periodeFin":"2024-02","du":1}}""", RejectCode.InvalidJson)]
    [InlineData("""{"schema":"urssaf.cotisation","version":1,"data":{"siren":"542107651","siret":"54210765100011","deliveredOn":"2024-03-20","compte":"1","periodeDebut":"2024-01","periodeFin":"2024-02","du":"12"}}""", RejectCode.InvalidJson)]
    [InlineData("""{"schema":"urssaf.cotisation","version":1,"data":null}""", RejectCode.InvalidJson)]
    public void Deserialize_BadBody_GivesTypedReject(string body, RejectCode expected)
    {
        Assert.False(EventJson.TryDeserialize(Encoding.UTF8.GetBytes(body), out var e, out var reject));
        Assert.Null(e);
        Assert.Equal(expected, reject!.Code);
    }

    [Fact]
    public void EventsDoc_ShowsEverySchemaWithAnExampleThatDecodes()
    {
        var doc = File.ReadAllText(Path.Combine(RepoRoot(), "docs", "events.md"));
        var examples = JsonBlock().Matches(doc).Select(m => m.Groups[1].Value).ToList();
        foreach (var sample in SampleEvents.All)
        {
            var schema = EventSchemas.Of(sample).Name;
            var example = examples.SingleOrDefault(x => x.Contains($"\"schema\": \"{schema}\"", StringComparison.Ordinal));
            Assert.True(example is not null, $"docs/events.md has no example for {schema}");
            Assert.True(EventJson.TryDeserialize(Encoding.UTF8.GetBytes(example), out var decoded, out var reject), $"{schema}: {reject}");
            AssertEventsEqual(sample, decoded!);
        }
    }

    private static void AssertEventsEqual(FirmEvent expected, FirmEvent actual) =>
        // Records with ImmutableArray members compare arrays by reference: compare their JSON instead.
        Assert.Equal(EventJson.SerializeToString(expected), EventJson.SerializeToString(actual));

    internal static string RepoRoot() => RepositoryFiles.Root;

    [GeneratedRegex("```json\\n(.*?)\\n```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();
}
