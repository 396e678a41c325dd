namespace SignauxFaibles.Repository.Tests;

/// <summary>
/// The repository stands on its own: a fresh clone with nothing beside it builds, tests and runs. Nothing in
/// the code, the tests, the scripts or the docs points at a folder beside the repository, and the test
/// support refuses to resolve a data path outside it.
/// </summary>
public class SelfContainedTests
{
    // Built from parts so that this file does not match its own search.
    private static readonly string[] VendoredDocuments =
    [
        "tests/conformance/README.md", "tests/conformance/opensignauxfaibles/LICENSE", "tests/conformance/opensignauxfaibles/README.md",
        "src/Domain/Reference/data/README.md", "src/Domain/Reference/data/LICENSE-opensignauxfaibles",
    ];

    private static readonly string[] OutsidePaths = [".." + "/shared", ".." + "\\shared", "/work" + "/shared"];

    [Fact]
    public void NoFile_PointsAtAFolderBesideTheRepository()
    {
        var offenders = RepositoryTree.Files(".", ".cs", ".csproj", ".props", ".targets", ".sh", ".md", ".json", ".yml", ".yaml", ".sln", "run")
            .SelectMany(file => File.ReadLines(file)
                .Select((line, index) => (line, index))
                .Where(l => OutsidePaths.Any(p => l.line.Contains(p, StringComparison.Ordinal)))
                .Select(l => $"{RepositoryTree.Relative(file)}:{l.index + 1}: {l.line.Trim()}"))
            .ToList();
        Assert.True(offenders.Count == 0, "paths outside the repository (vendor the data instead):\n" + string.Join('\n', offenders));
    }

    [Theory]
    [InlineData("..", "shared", "conformance")]
    [InlineData("tests", "..", "..", "shared")]
    [InlineData("/tmp")]
    public void RepositoryFiles_RefusesAPathOutsideTheRepository(params string[] parts)
    {
        var path = Path.Combine(parts);
        var error = Assert.Throws<InvalidOperationException>(() => RepositoryFiles.Inside(path));
        Assert.Contains("outside the repository", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void VendoredData_IsInTheRepositoryWithLicencesAndReadmes()
    {
        Assert.StartsWith(RepositoryFiles.Root, RepositoryFiles.ConformanceRoot, StringComparison.Ordinal);
        foreach (var file in VendoredDocuments)
        {
            Assert.True(new FileInfo(RepositoryFiles.File(file)).Length > 0, $"{file} is empty");
        }
    }

    [Fact]
    public void ConformanceCorpus_IsComplete()
    {
        var files = RepositoryTree.Files("tests/conformance/opensignauxfaibles").Select(RepositoryTree.Relative).ToList();
        Assert.Equal(23, files.Count(f => f.Contains("/pipeline/", StringComparison.Ordinal)));
        Assert.Equal(24, files.Count(f => f.Contains("/parsing/", StringComparison.Ordinal)));
    }
}
