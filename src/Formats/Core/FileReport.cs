using SignauxFaibles.Domain.Validation;

namespace SignauxFaibles.Formats.Core;

/// <summary>
/// Per-file counts, like the original pipeline's import reports: lines read, accepted, rejected (with the
/// count per reason and the first rejected lines verbatim) and skipped (blank lines). A fatal error (an
/// unreadable header) stops the file and is recorded here rather than thrown.
/// </summary>
public sealed class FileReport
{
    private readonly Dictionary<RejectCode, long> reasonCounts = [];
    private readonly List<RejectedLine> samples = [];

    public FileReport(string format, string path, int maxSamples = 100)
    {
        Format = format;
        Path = path;
        MaxSamples = maxSamples;
    }

    /// <summary>Longest rejected line kept verbatim in a sample, characters.</summary>
    public const int MaxSampleChars = 4096;

    public string Format { get; }

    public string Path { get; }

    public int MaxSamples { get; }

    public long LinesRead { get; private set; }

    public long LinesAccepted { get; private set; }

    public long LinesRejected { get; private set; }

    public long LinesSkipped { get; private set; }

    public string? Fatal { get; private set; }

    public IReadOnlyDictionary<RejectCode, long> ReasonCounts => reasonCounts;

    public IReadOnlyList<RejectedLine> RejectSamples => samples;

    public void CountAccepted()
    {
        LinesRead++;
        LinesAccepted++;
    }

    public void CountSkipped()
    {
        LinesRead++;
        LinesSkipped++;
    }

    public void CountRejected(long line, IReadOnlyList<Reject> rejects, string? rawLine)
    {
        LinesRead++;
        LinesRejected++;
        foreach (var r in rejects)
        {
            reasonCounts[r.Code] = reasonCounts.GetValueOrDefault(r.Code) + 1;
        }

        if (samples.Count < MaxSamples)
        {
            // A sample keeps the beginning of a huge line only: the report's memory stays bounded.
            var kept = rawLine is { Length: > MaxSampleChars } ? rawLine[..MaxSampleChars] + "\u2026" : rawLine;
            samples.Add(new RejectedLine(line, rejects, kept));
        }
    }

    public void SetFatal(string message) => Fatal = message;

    /// <summary>Records a result in the counts and returns it, so readers can <c>yield return report.Count(r)</c>.</summary>
    public ReadResult Count(ReadResult result)
    {
        if (result.IsAccepted)
        {
            CountAccepted();
        }
        else
        {
            CountRejected(result.LineNumber, result.Rejects, result.RawLine);
        }

        return result;
    }

    public string Summary =>
        $"{Path}: {(Fatal is null ? "done" : "FATAL: " + Fatal)}, {LinesRead} lines read, {LinesAccepted} accepted, {LinesRejected} rejected, {LinesSkipped} skipped"
        + (reasonCounts.Count == 0 ? "" : " (" + string.Join(", ", reasonCounts.OrderByDescending(kv => kv.Value).Select(kv => $"{Reject.ToSnakeCase(kv.Key)}: {kv.Value}")) + ")");
}

/// <summary>A rejected line kept in a report: its number, its reasons and its text.</summary>
public sealed record RejectedLine(long LineNumber, IReadOnlyList<Reject> Rejects, string? RawLine);
