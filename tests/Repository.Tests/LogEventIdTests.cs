using System.Globalization;
using System.Text.RegularExpressions;

namespace SignauxFaibles.Repository.Tests;

/// <summary>
/// One registry of log event ids: <c>docs/logging.md</c> gives each project its range; every
/// <c>EventId = N</c> under <c>src/</c> is unique across the whole solution and inside its project's range.
/// </summary>
public partial class LogEventIdTests
{
    [Fact]
    public void EventIds_AreUniqueAcrossAllProjects()
    {
        var duplicates = EventIds()
            .GroupBy(e => e.Id)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(e => e.Where))}")
            .ToList();
        Assert.True(duplicates.Count == 0, "log event ids used more than once:\n" + string.Join('\n', duplicates));
    }

    [Fact]
    public void EventIds_LieInTheRangeOfTheirProject()
    {
        var ranges = Ranges();
        var misplaced = new List<string>();
        foreach (var e in EventIds())
        {
            if (!ranges.TryGetValue(e.Project, out var range))
            {
                misplaced.Add($"{e.Where}: project {e.Project} has no range in docs/logging.md");
            }
            else if (e.Id < range.From || e.Id > range.To)
            {
                misplaced.Add($"{e.Where}: {e.Id} is outside {e.Project}'s range {range.From}-{range.To} (docs/logging.md)");
            }
        }

        Assert.True(misplaced.Count == 0, string.Join('\n', misplaced));
    }

    [Fact]
    public void Ranges_DoNotOverlap()
    {
        var ranges = Ranges().OrderBy(r => r.Value.From).ToList();
        Assert.NotEmpty(ranges);
        for (var i = 1; i < ranges.Count; i++)
        {
            Assert.True(ranges[i].Value.From > ranges[i - 1].Value.To, $"{ranges[i - 1].Key} and {ranges[i].Key} overlap in docs/logging.md");
        }
    }

    [Fact]
    public void TheScan_FindsTheKnownIds()
    {
        // Guards the scan itself: a regex that matched nothing would make the tests above pass vacuously.
        var ids = EventIds();
        Assert.Contains(ids, e => e.Id == 4101 && e.Project == "src/Grains");
        Assert.Contains(ids, e => e.Id == 5001 && e.Project == "src/Ingest");
        Assert.Contains(ids, e => e.Id == 6000 && e.Project == "src/Silo");
    }

    private static List<(int Id, string Project, string Where)> EventIds()
    {
        var found = new List<(int, string, string)>();
        foreach (var file in RepositoryTree.Files("src", ".cs"))
        {
            var relative = RepositoryTree.Relative(file);
            var project = string.Join('/', relative.Split('/').Take(2));
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (Match m in EventIdPattern().Matches(lines[i]))
                {
                    found.Add((int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), project, $"{relative}:{i + 1}"));
                }
            }
        }

        return found;
    }

    private static Dictionary<string, (int From, int To)> Ranges()
    {
        var ranges = new Dictionary<string, (int From, int To)>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(RepositoryFiles.File("docs/logging.md")))
        {
            if (RangeRow().Match(line) is { Success: true } m)
            {
                ranges.Add(m.Groups[3].Value, (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)));
            }
        }

        return ranges;
    }

    [GeneratedRegex(@"\bEventId\s*=\s*(\d+)")]
    private static partial Regex EventIdPattern();

    [GeneratedRegex(@"^\|\s*(\d+)-(\d+)\s*\|\s*(src/[A-Za-z.]+)\s*\|")]
    private static partial Regex RangeRow();
}
