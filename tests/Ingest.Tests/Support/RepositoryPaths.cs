namespace SignauxFaibles.Ingest.Tests.Support;

/// <summary>Finds the repository root by walking up from the test binaries.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = Find();

    public static string Of(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SignauxFaibles.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no SignauxFaibles.sln above {AppContext.BaseDirectory}");
    }
}
