namespace SignauxFaibles.Silo.Tests;

/// <summary>Where the repository and the build configuration of these tests are.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>"Release" or "Debug", as the test assembly itself was built.</summary>
    public static string Configuration { get; } =
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SignauxFaibles.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"no SignauxFaibles.sln above {AppContext.BaseDirectory}");
    }
}
