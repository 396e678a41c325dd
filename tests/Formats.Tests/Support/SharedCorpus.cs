using System.Globalization;
using System.Text.Json;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Formats.Core;

namespace SignauxFaibles.Formats.Tests.Support;

/// <summary>
/// Access to the vendored conformance corpus (<c>tests/conformance/opensignauxfaibles</c>, found through
/// <see cref="RepositoryFiles"/>) from tests: reads inputs through a reader, and loads the original parsers'
/// expected JSON and pipeline golden files. A missing file fails the test loudly.
/// </summary>
public static class SharedCorpus
{
    public static readonly DateOnly DeliveredOn = new(2024, 3, 20);

        /// <summary>The corpus folder (<c>tests/conformance/opensignauxfaibles</c>).</summary>
    public static string CorpusRoot => RepositoryFiles.ConformanceRoot;

    public static string PathOf(string relative) => RepositoryFiles.Conformance(relative);

    public static ReadOptions Options(ValidationOptions validation) => new() { DeliveredOn = DeliveredOn, Validation = validation };

    /// <summary>Reads a corpus file completely with a reader; results in file order and the report.</summary>
    public static (List<ReadResult> Results, FileReport Report) Read(IPartnerFileReader reader, string relative, ValidationOptions validation)
    {
        using var stream = File.OpenRead(PathOf(relative));
        return Read(reader, stream, relative, validation);
    }

    public static (List<ReadResult> Results, FileReport Report) Read(IPartnerFileReader reader, Stream stream, string name, ValidationOptions validation)
    {
        var report = new FileReport(reader.Format, name);
        var results = reader.Read(stream, Options(validation), report).ToList();
        return (results, report);
    }

    /// <summary>The <c>tuples</c> and the single <c>reports</c> entry of an expected*.json file.</summary>
    public static (List<JsonElement> Tuples, JsonElement Report) Expected(string relative)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(PathOf(relative)));
        var root = doc.RootElement.Clone();
        var reports = root.GetProperty("reports").EnumerateArray().ToList();
        Assert.Single(reports);
        return (root.GetProperty("tuples").EnumerateArray().ToList(), reports[0]);
    }

    /// <summary>
    /// The rows of a pipeline <c>test-import.&lt;source&gt;.golden.txt</c>: a title line, then a plain
    /// ',' separated table with a header. The golden files have no quoting (checked here).
    /// </summary>
    public static List<Dictionary<string, string>> Golden(string source)
    {
        var lines = File.ReadAllLines(PathOf($"pipeline/test-import.{source}.golden.txt"));
        Assert.StartsWith("====", lines[0], StringComparison.Ordinal);
        var data = lines.Skip(1).Where(l => l.Length > 0).ToList();
        if (data.Count == 0)
        {
            return [];
        }

        Assert.DoesNotContain(data, l => l.Contains('"', StringComparison.Ordinal));
        var header = data[0].Split(',');
        return data.Skip(1).Select(l =>
        {
            var cells = l.Split(',');
            Assert.Equal(header.Length, cells.Length);
            return header.Zip(cells).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
        }).ToList();
    }

    /// <summary>
    /// Asserts that a record projected in the original's JSON naming (null = field absent, as Go's
    /// omitempty printed it) has exactly the fields and values of an expected tuple. Numbers compare by
    /// value, so 48512 equals 48512.0.
    /// </summary>
    public static void AssertSameTuple(JsonElement expected, IReadOnlyDictionary<string, object?> actual, string context)
    {
        var expectedKeys = expected.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
        var actualKeys = actual.Where(kv => kv.Value is not null).Select(kv => kv.Key).Order(StringComparer.Ordinal).ToList();
        Assert.True(expectedKeys.SequenceEqual(actualKeys),
            $"{context}: fields differ. expected [{string.Join(", ", expectedKeys)}] actual [{string.Join(", ", actualKeys)}]");
        foreach (var p in expected.EnumerateObject())
        {
            var value = actual[p.Name];
            switch (p.Value.ValueKind)
            {
                case JsonValueKind.Number:
                    Assert.True(Convert.ToDecimal(value, CultureInfo.InvariantCulture) == p.Value.GetDecimal(), $"{context}.{p.Name}: expected {p.Value} actual {value}");
                    break;
                case JsonValueKind.True or JsonValueKind.False:
                    Assert.True(Equals(value, p.Value.GetBoolean()), $"{context}.{p.Name}: expected {p.Value} actual {value}");
                    break;
                default:
                    Assert.True(Equals(value, p.Value.GetString()), $"{context}.{p.Name}: expected '{p.Value}' actual '{value}'");
                    break;
            }
        }
    }

    /// <summary>Asserts a golden row equals our projection of a record, numbers compared by value.</summary>
    public static void AssertSameGoldenRow(IReadOnlyDictionary<string, string> golden, IReadOnlyDictionary<string, string> actual, string context)
    {
        Assert.True(golden.Keys.Order(StringComparer.Ordinal).SequenceEqual(actual.Keys.Order(StringComparer.Ordinal)),
            $"{context}: columns differ. golden [{string.Join(", ", golden.Keys)}] actual [{string.Join(", ", actual.Keys)}]");
        foreach (var (column, expected) in golden)
        {
            var value = actual[column];
            var same = expected == value
                || (decimal.TryParse(expected, NumberStyles.Float, CultureInfo.InvariantCulture, out var e)
                    && decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var a) && e == a);
            Assert.True(same, $"{context}.{column}: golden '{expected}' actual '{value}'");
        }
    }

    /// <summary>
    /// Reads a corpus file in shape-only and in strict mode and asserts that strict mode rejects exactly
    /// the lines whose identifiers fail the Luhn check (as the domain computes it), and only for that
    /// reason. Returns how many lines strict mode rejected that way.
    /// </summary>
    public static int AssertStrictRejectsOnlyChecksumFailures(IPartnerFileReader reader, string relative)
    {
        var (shapeOnly, _) = Read(reader, relative, ValidationOptions.ShapeOnly);
        var (strict, _) = Read(reader, relative, ValidationOptions.Strict);
        Assert.Equal(shapeOnly.Select(r => r.LineNumber), strict.Select(r => r.LineNumber));
        var checksumRejects = 0;
        for (var i = 0; i < shapeOnly.Count; i++)
        {
            if (shapeOnly[i].Event is not { } e)
            {
                Assert.False(strict[i].IsAccepted, $"line {strict[i].LineNumber}: rejected in shape-only mode but accepted in strict mode");
                continue;
            }

            var valid = Domain.Identifiers.Siren.IsValid(e.Siren)
                && (e is not Domain.Events.EstablishmentEvent est || Domain.Identifiers.Siret.IsValid(est.Siret));
            if (valid)
            {
                Assert.True(strict[i].IsAccepted, $"line {strict[i].LineNumber}: valid identifiers but rejected: {string.Join("; ", strict[i].Rejects)}");
                continue;
            }

            Assert.False(strict[i].IsAccepted, $"line {strict[i].LineNumber}: identifiers fail Luhn but the line was accepted");
            Assert.NotEmpty(strict[i].Rejects);
            Assert.All(strict[i].Rejects, r => Assert.Contains(r.Code, new[] { RejectCode.InvalidSirenChecksum, RejectCode.InvalidSiretChecksum }));
            checksumRejects++;
        }

        return checksumRejects;
    }

    /// <summary>Reads back what a writer produced; every line must be accepted.</summary>
    public static List<Domain.Events.FirmEvent> ReadBack(IPartnerFileReader reader, string text, ValidationOptions validation)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
        var (results, report) = Read(reader, stream, "written", validation);
        Assert.True(report.Fatal is null, report.Summary);
        Assert.True(results.All(r => r.IsAccepted), report.Summary + "\n" + string.Join("\n", results.Where(r => !r.IsAccepted).Select(r => $"{r.RawLine} => {string.Join("; ", r.Rejects)}")));
        return results.Select(r => r.Event!).ToList();
    }

    /// <summary>A date as the original's JSON printed it.</summary>
    public static string? JsonDate(DateOnly? date) => date is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z" : null;

    /// <summary>A date as the golden files print it (empty when absent).</summary>
    public static string GoldenDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public static string Invariant(IFormattable? value) => value?.ToString(null, CultureInfo.InvariantCulture) ?? "";
}
