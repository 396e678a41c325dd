using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace SignauxFaibles.Repository.Tests;

/// <summary>
/// The project references under <c>src/</c> follow the layer table of <c>docs/architecture.md</c>: each
/// reference is allowed by its row and goes to a lower layer; nothing under <c>src/</c> references tests.
/// </summary>
public partial class ProjectReferenceTests
{
    [Fact]
    public void EverySourceProject_HasARowInTheLayerTable()
    {
        var table = LayerTable();
        var missing = SourceProjects().Keys.Where(p => !table.ContainsKey(p)).ToList();
        Assert.True(missing.Count == 0, "projects missing from the layer table of docs/architecture.md: " + string.Join(", ", missing));
    }

    [Fact]
    public void References_AreThoseTheLayerTableAllows()
    {
        var table = LayerTable();
        var violations = new List<string>();
        foreach (var (project, references) in SourceProjects())
        {
            if (!table.TryGetValue(project, out var row))
            {
                continue; // reported by EverySourceProject_HasARowInTheLayerTable
            }

            violations.AddRange(references.Where(r => !row.Allowed.Contains(r))
                .Select(r => $"{project} references {r}, which its row in docs/architecture.md does not allow"));
        }

        Assert.True(violations.Count == 0, string.Join('\n', violations));
    }

    [Fact]
    public void TheLayerTable_OnlyAllowsLowerLayers()
    {
        var table = LayerTable();
        Assert.True(table.Count >= 10, "the layer table of docs/architecture.md was not found or is incomplete");
        var upward = table
            .SelectMany(p => p.Value.Allowed.Select(a => (From: p.Key, To: a)))
            .Where(r => !table.TryGetValue(r.To, out var to) || to.Layer >= table[r.From].Layer)
            .Select(r => $"{r.From} may reference {r.To}, which is not in a lower layer")
            .ToList();
        Assert.True(upward.Count == 0, string.Join('\n', upward));
    }

    [Fact]
    public void TheDomain_ReferencesNoProjectAndNoInfrastructurePackage()
    {
        var domain = XDocument.Load(RepositoryFiles.File("src/Domain/SignauxFaibles.Domain.csproj"));
        Assert.Empty(domain.Descendants("ProjectReference"));
        var packages = domain.Descendants("PackageReference").Select(p => (string?)p.Attribute("Include") ?? "").ToList();
        Assert.DoesNotContain(packages, p => p.Contains("Kafka", StringComparison.Ordinal) || p.Contains("Npgsql", StringComparison.Ordinal)
            || p.Contains("EntityFramework", StringComparison.Ordinal) || p is "Microsoft.Orleans.Server" or "Microsoft.Orleans.Runtime");
    }

    [Fact]
    public void TheScan_SeesTheKnownReferences()
    {
        var projects = SourceProjects();
        Assert.Contains("src/Domain", projects["src/Formats"]);
        Assert.Contains("src/Grains", projects["src/Silo"]);
    }

    /// <summary>src/X -> the src projects it references (as src/Y); a reference outside src/ is kept as its path.</summary>
    private static Dictionary<string, List<string>> SourceProjects()
    {
        var projects = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var csproj in RepositoryTree.Files("src", ".csproj"))
        {
            var folder = Path.GetDirectoryName(csproj)!;
            var references = XDocument.Load(csproj).Descendants("ProjectReference")
                .Select(r => Path.GetFullPath(Path.Combine(folder, ((string?)r.Attribute("Include") ?? "").Replace('\\', '/'))))
                .Select(full => RepositoryTree.Relative(Path.GetDirectoryName(full)!))
                .ToList();
            projects[RepositoryTree.Relative(folder)] = references;
        }

        return projects;
    }

    private static Dictionary<string, (int Layer, HashSet<string> Allowed)> LayerTable()
    {
        var table = new Dictionary<string, (int, HashSet<string>)>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(RepositoryFiles.File("docs/architecture.md")))
        {
            if (LayerRow().Match(line) is { Success: true } m)
            {
                var allowed = m.Groups[3].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                table.Add(m.Groups[1].Value, (int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), allowed.ToHashSet(StringComparer.Ordinal)));
            }
        }

        return table;
    }

    // | src/Grains | 2 | role text | src/Domain, src/Contracts |
    [GeneratedRegex(@"^\|\s*(src/[A-Za-z.]+)\s*\|\s*(\d)\s*\|[^|]*\|([^|]*)\|\s*$")]
    private static partial Regex LayerRow();
}
