using System.Text.RegularExpressions;

namespace SignauxFaibles.Repository.Tests;

/// <summary>
/// Tests wait on conditions (tests/TestSupport/Eventually.cs), never on a fixed time: a sleep is either too
/// short on a loaded 2-core machine (a flaky test) or too long everywhere else (a slow suite). The only
/// fixed delays left under tests/ are the ones listed below, each with its reason; a new one fails here.
/// </summary>
public partial class FixedDelayTests
{
    // Path -> how many fixed delays the file may hold, and why none of them waits for something to happen.
    private static readonly Dictionary<string, (int Count, string Reason)> Allowed = new(StringComparer.Ordinal)
    {
        ["tests/TestSupport/Eventually.cs"] = (3, "the poll interval between two checks of a condition (async, blocking, and the absence check)"),
        ["tests/Grains.Tests/Infrastructure/AlertCollector.cs"] = (1, "an absence check: the alert stream has no end marker, so seeing that no extra alert follows means watching it for a while"),
        ["tests/Ingest.Tests/Consuming/FirmBatchDispatcherTests.cs"] = (1, "a fake grain slow on its first call, so a later call would overtake it if a firm's calls were not chained"),
    };

    [Fact]
    public void Tests_HoldNoFixedDelayOutsideTheAllowList()
    {
        var offenders = new List<string>();
        foreach (var file in RepositoryTree.Files("tests", ".cs"))
        {
            var path = RepositoryTree.Relative(file);
            if (path == "tests/Repository.Tests/FixedDelayTests.cs")
            {
                continue;
            }

            var lines = File.ReadAllLines(file)
                .Select((text, index) => (Text: text, Number: index + 1))
                .Where(l => FixedDelay().IsMatch(l.Text))
                .ToList();
            var allowed = Allowed.TryGetValue(path, out var entry) ? entry.Count : 0;
            if (lines.Count > allowed)
            {
                offenders.AddRange(lines.Select(l => $"{path}:{l.Number}: {l.Text.Trim()}"));
            }
            else if (lines.Count < allowed)
            {
                offenders.Add($"{path}: the allow-list grants {allowed} fixed delays, the file holds {lines.Count}: lower the count");
            }
        }

        Assert.True(
            offenders.Count == 0,
            "fixed delays in tests (wait with Eventually.Until/Wait on a condition, or FakeTimeProvider, instead; " +
            "or add the file to FixedDelayTests.Allowed with the reason):\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void AllowList_NamesFilesThatExist()
    {
        foreach (var path in Allowed.Keys)
        {
            Assert.True(File.Exists(RepositoryFiles.Inside(path)), $"{path} is allowed fixed delays but does not exist");
        }
    }

    [GeneratedRegex(@"\b(Task\.Delay|Thread\.Sleep)\s*\(")]
    private static partial Regex FixedDelay();
}
