using System.Globalization;
using System.Text.Json;

namespace SignauxFaibles.Formats.Tests.Support;

/// <summary>
/// An <c>expected*.json</c> of the original parsers: the parsed <c>tuples</c> and the file report
/// (<c>lines_parsed</c>, <c>lines_valid</c>, <c>lines_rejected</c>, <c>head_rejected</c>).
/// </summary>
public sealed record ExpectedOutput(
    IReadOnlyList<JsonElement> Tuples,
    long LinesParsed,
    long LinesValid,
    long LinesRejected,
    long LinesSkipped,
    bool IsFatal,
    IReadOnlyList<string> HeadRejected)
{
    public static ExpectedOutput Load(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var root = doc.RootElement;
        var tuples = root.GetProperty("tuples").EnumerateArray().Select(t => t.Clone()).ToList();
        var reports = root.GetProperty("reports").EnumerateArray().ToList();
        Assert.Single(reports);
        var r = reports[0];
        return new ExpectedOutput(
            tuples,
            r.GetProperty("lines_parsed").GetInt64(),
            r.GetProperty("lines_valid").GetInt64(),
            r.GetProperty("lines_rejected").GetInt64(),
            r.GetProperty("lines_skipped").GetInt64(),
            r.GetProperty("is_fatal").GetBoolean(),
            [.. r.GetProperty("head_rejected").EnumerateArray().Select(e => e.GetString() ?? "")]);
    }

    /// <summary>
    /// Checks that <paramref name="actual"/> carries every field of <paramref name="expected"/> with the same
    /// value: strings equal, numbers equal as decimals, booleans equal, ISO timestamps equal as dates.
    /// </summary>
    public static void AssertTupleEqual(JsonElement expected, IReadOnlyDictionary<string, object?> actual, string context)
    {
        foreach (var property in expected.EnumerateObject())
        {
            Assert.True(actual.ContainsKey(property.Name), $"{context}: our record has no value for expected field '{property.Name}'");
            var ours = actual[property.Name];
            var theirs = property.Value;
            var where = $"{context}, field {property.Name}";
            switch (theirs.ValueKind)
            {
                case JsonValueKind.Number:
                    Assert.True(ours is decimal or int or long, $"{where}: expected a number, we have {ours ?? "null"}");
                    Assert.Equal(theirs.GetDecimal(), Convert.ToDecimal(ours, CultureInfo.InvariantCulture));
                    break;
                case JsonValueKind.True or JsonValueKind.False:
                    Assert.Equal(theirs.GetBoolean(), Assert.IsType<bool>(ours));
                    break;
                case JsonValueKind.String when ours is DateOnly date:
                    Assert.Equal(DateOnly.ParseExact(theirs.GetString()![..10], "yyyy-MM-dd", CultureInfo.InvariantCulture), date);
                    break;
                case JsonValueKind.String:
                    Assert.Equal(theirs.GetString(), Assert.IsType<string>(ours));
                    break;
                case JsonValueKind.Null:
                    Assert.Null(ours);
                    break;
                default:
                    Assert.Fail($"{where}: unexpected JSON kind {theirs.ValueKind}");
                    break;
            }
        }
    }
}
