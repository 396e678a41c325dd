namespace SignauxFaibles.Ingest.Tests.Support;

/// <summary>Paths inside the repository (see <see cref="RepositoryFiles"/>, which refuses any path outside it).</summary>
internal static class RepositoryPaths
{
    public static string Root => RepositoryFiles.Root;

    public static string Of(params string[] parts) => RepositoryFiles.Inside(Path.Combine(parts));
}
