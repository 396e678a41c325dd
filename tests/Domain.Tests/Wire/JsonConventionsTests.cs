using System.Text.Json;
using System.Text.RegularExpressions;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Wire;

namespace SignauxFaibles.Domain.Tests.Wire;

/// <summary>
/// The casing convention of docs/architecture.md ("Field casing"), checked on what the serializers write:
/// camelCase property names and snake_case enum codes, on the wire (the event JSON) and over HTTP
/// (<see cref="JsonConventions.ApplyHttp"/>, the options of the silo's and the web app's endpoints).
/// </summary>
public partial class JsonConventionsTests
{
    [Fact]
    public void WireEvents_PropertyNamesAreCamelCase()
    {
        var offenders = SampleEvents.All
            .SelectMany(e => PropertyNames(JsonDocument.Parse(EventJson.Serialize(e)).RootElement).Select(n => (Type: e.GetType().Name, Name: n)))
            .Where(p => !CamelCase().IsMatch(p.Name))
            .Select(p => $"{p.Type}.{p.Name}")
            .Distinct()
            .ToList();
        Assert.True(offenders.Count == 0, "not camelCase: " + string.Join(", ", offenders));
    }

    [Fact]
    public void WireEvents_EnumValuesAreSnakeCaseCodes()
    {
        var procedure = SampleEvents.All.OfType<ProcedureCollective>().First() with
        {
            Action = ProcolAction.Liquidation,
            Stade = ProcolStade.PlanContinuation,
        };
        var json = JsonDocument.Parse(EventJson.Serialize(procedure)).RootElement.GetProperty("data");
        Assert.Equal("liquidation", json.GetProperty("action").GetString());
        Assert.Equal("plan_continuation", json.GetProperty("stade").GetString());
        Assert.Equal(JsonConventions.Code(ProcolStade.PlanContinuation), json.GetProperty("stade").GetString());
    }

    [Fact]
    public void HttpOptions_CamelCaseNames_SnakeCaseEnumCodes_NaNAsString()
    {
        var options = new JsonSerializerOptions();
        JsonConventions.ApplyHttp(options);
        JsonConventions.ApplyHttp(options);

        var json = JsonSerializer.Serialize(new HttpSample(ProcolStade.PlanContinuation, double.NaN), options);

        Assert.Equal("""{"procedureStade":"plan_continuation","scoreValue":"NaN"}""", json);
        Assert.Single(options.Converters);
    }

    private static IEnumerable<string> PropertyNames(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => PropertyNames(p.Value).Prepend(p.Name)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(PropertyNames),
        _ => [],
    };

    private sealed record HttpSample(ProcolStade ProcedureStade, double ScoreValue);

    [GeneratedRegex("^[a-z][a-zA-Z0-9]*$")]
    private static partial Regex CamelCase();
}
