using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Formats.Core;
using SignauxFaibles.Ingest.Connector;
using Xunit.Abstractions;

namespace SignauxFaibles.Connector.Tests.Corpus;

/// <summary>
/// Every partner-file case of the corpus through the connector's readers, with the encoding detected as the
/// connector does: each bad line rejected with its documented reason, blank lines skipped, every valid line
/// interleaved with them accepted (counted), no reader stops early. Prints the corpus table.
/// </summary>
public sealed class CorpusThroughReadersTests(ITestOutputHelper output)
{
    // Known gap (docs/events.md, "Known gaps"): in the DGEFP demandes file (comma-separated, fields quoted), a
    // quote inside the quoted SIRET opens a quoted section that runs into the next, blank line: the two physical
    // lines are read as one record, which is still not applied. Listed here so that the test fails once it is
    // fixed and the entry must go.
    private static readonly string[] KnownGaps = ["apdemande.csv:6", "apdemande.csv:lines"];

    [Fact]
    public void EveryFileCase_HasItsDocumentedOutcome_AndEveryValidLineIsAccepted()
    {
        var table = new List<string> { "| format | file | cases | accepted | skipped | rejected by reason |", "|---|---|---|---|---|---|" };
        var failures = new List<string>();
        var gaps = new List<string>();
        foreach (var file in CorpusManifest.Cases.Where(c => c.Source == "file").GroupBy(c => c.File))
        {
            var format = file.First().Target;
            Assert.True(PartnerReaders.TryGet(format, out var reader), $"no reader {format}");
            var path = CorpusManifest.PathOf("file", file.Key);
            using var stream = File.OpenRead(path);
            var detected = TextEncodings.Detect(stream);
            var options = new ReadOptions { DeliveredOn = new DateOnly(2019, 1, 21), DeliveredAt = TimeOnly.MinValue, Encoding = detected.Encoding, MaxRejectSamples = 0 };
            var report = new FileReport(format, path, 0);
            var outcomes = reader.Read(stream, options, report).ToDictionary(r => r.LineNumber);

            Assert.Null(report.Fatal);
            foreach (var c in file)
            {
                var actual = outcomes.TryGetValue(c.Line, out var r) ? r.IsAccepted ? "accepted" : string.Join("|", r.Rejects.Select(x => x.CodeName)) : "skipped";
                var ok = c.Expected switch
                {
                    "accepted" or "skipped" => actual == c.Expected,
                    _ => r.Rejects is { Count: > 0 } rejects && rejects.Any(x => c.ExpectedReasons.Contains(x.CodeName)),
                };
                if (!ok)
                {
                    (KnownGaps.Contains($"{c.File}:{c.Line}") ? gaps : failures).Add($"{c.File}:{c.Line}");
                    output.WriteLine($"{c.File}:{c.Line} {c.Case}: expected {c.Expected}, got {actual}");
                    if (!KnownGaps.Contains($"{c.File}:{c.Line}"))
                    {
                        failures[^1] += $" {c.Case}: expected {c.Expected}, got {actual}";
                    }
                }
            }

            if (file.Count() != report.LinesRead)
            {
                (KnownGaps.Contains($"{file.Key}:lines") ? gaps : failures).Add($"{file.Key}:lines");
                output.WriteLine($"{file.Key}: {file.Count()} cases, {report.LinesRead} lines read");
            }

            var reasons = string.Join(", ", report.ReasonCounts.OrderBy(kv => kv.Key).Select(kv => $"{Reject.ToSnakeCase(kv.Key)} {kv.Value}"));
            table.Add($"| {format} | {file.Key} ({detected.Name}) | {file.Count()} | {report.LinesAccepted} | {report.LinesSkipped} | {reasons} |");
        }

        output.WriteLine(string.Join(Environment.NewLine, table));
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.True(gaps.Order(StringComparer.Ordinal).SequenceEqual(KnownGaps.Order(StringComparer.Ordinal)),
            $"known gaps seen: {string.Join(", ", gaps)}; listed: {string.Join(", ", KnownGaps)} (a fixed gap leaves the list)");
    }
}
