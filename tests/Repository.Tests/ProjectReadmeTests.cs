namespace SignauxFaibles.Repository.Tests;

/// <summary>
/// Every project under src/ (a deployable or a library with a role, docs/architecture.md) has a README.md
/// saying what it holds, and the README names its project's folder, so a copied one is noticed.
/// </summary>
public class ProjectReadmeTests
{
    [Fact]
    public void EverySourceProject_HasAReadme()
    {
        var missing = RepositoryTree.Files("src", ".csproj")
            .Select(Path.GetDirectoryName)
            .Select(dir => (Dir: RepositoryTree.Relative(dir!), Readme: Path.Combine(dir!, "README.md")))
            .Where(p => !File.Exists(p.Readme) || !File.ReadAllText(p.Readme).Contains(p.Dir, StringComparison.Ordinal))
            .Select(p => p.Dir)
            .ToList();
        Assert.True(missing.Count == 0, "projects without a README.md naming them: " + string.Join(", ", missing));
    }
}
