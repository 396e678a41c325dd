namespace SignauxFaibles.Repository.Tests;

/// <summary>
/// One place sets the casing of HTTP JSON (<c>JsonConventions.ApplyHttp</c>, docs/architecture.md "Field
/// casing"): every host configuring its HTTP JSON goes through it, and enum converters with their own
/// naming are only in the wire context (src/Domain/Wire) and the model artifact files (src/Models).
/// </summary>
public class JsonConventionTests
{
    private static readonly string[] EnumConverterOwners = ["src/Domain/Wire/", "src/Models/"];

    [Fact]
    public void HttpJsonOptions_GoThroughJsonConventions()
    {
        var offenders = RepositoryTree.Files("src", ".cs")
            .Select(f => (Path: RepositoryTree.Relative(f), Lines: File.ReadAllLines(f)))
            .SelectMany(f => f.Lines
                .Where(l => l.Contains("ConfigureHttpJsonOptions(", StringComparison.Ordinal) && !l.Contains("JsonConventions.ApplyHttp", StringComparison.Ordinal))
                .Select(l => $"{f.Path}: {l.Trim()}"))
            .ToList();
        Assert.True(offenders.Count == 0, "HTTP JSON options set outside JsonConventions.ApplyHttp:\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void EnumConverters_OnlyInTheWireContextAndModelArtifacts()
    {
        var offenders = RepositoryTree.Files("src", ".cs")
            .Select(RepositoryTree.Relative)
            .Where(p => !EnumConverterOwners.Any(o => p.StartsWith(o, StringComparison.Ordinal)))
            .Where(p => File.ReadAllText(RepositoryFilesPath(p)).Contains("new JsonStringEnumConverter(", StringComparison.Ordinal))
            .ToList();
        Assert.True(offenders.Count == 0, "enum converters outside JsonConventions: " + string.Join(", ", offenders));
    }

    private static string RepositoryFilesPath(string relative) => SignauxFaibles.TestSupport.RepositoryFiles.Inside(relative);
}
