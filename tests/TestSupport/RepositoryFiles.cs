namespace SignauxFaibles.TestSupport;

/// <summary>
/// The repository the tests run from, found by walking up from the test binaries to <c>SignauxFaibles.sln</c>,
/// and the files tests read from it. Every path is resolved and checked to lie inside the repository: the
/// repository stands on its own, so a test that reaches outside it (a folder beside the checkout, a home
/// folder) fails here. A missing file fails the test loudly; nothing is ever skipped.
/// </summary>
public static class RepositoryFiles
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The repository root (the folder holding <c>SignauxFaibles.sln</c>).</summary>
    public static string Root => RootPath.Value;

    /// <summary>The vendored conformance corpus: <c>tests/conformance/opensignauxfaibles</c>.</summary>
    public static string ConformanceRoot => Directory(Path.Combine("tests", "conformance", "opensignauxfaibles"));

    /// <summary>A path given relative to the repository root, resolved; throws when it leaves the repository.</summary>
    /// <exception cref="InvalidOperationException">The resolved path is outside the repository.</exception>
    public static string Inside(string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(Root, relativePath));
        return IsInside(full)
            ? full
            : throw new InvalidOperationException(
                $"test data path {relativePath} resolves to {full}, outside the repository {Root}; vendor the file under the repository instead");
    }

    /// <summary>True when an absolute path lies inside the repository.</summary>
    public static bool IsInside(string fullPath)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(fullPath));
        var root = Path.TrimEndingDirectorySeparator(Root);
        return full == root || full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    /// <summary>An existing file given relative to the repository root.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static string File(string relativePath)
    {
        var path = Inside(relativePath);
        return System.IO.File.Exists(path)
            ? path
            : throw new FileNotFoundException($"repository file missing: {path} (tests never skip a missing data file)", path);
    }

    /// <summary>An existing folder given relative to the repository root.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static string Directory(string relativePath)
    {
        var path = Inside(relativePath);
        return System.IO.Directory.Exists(path)
            ? path
            : throw new DirectoryNotFoundException($"repository folder missing: {path}");
    }

    /// <summary>An existing file of the conformance corpus, given relative to <c>opensignauxfaibles/</c>.</summary>
    public static string Conformance(params string[] relativeParts) =>
        File(Path.Combine(["tests", "conformance", "opensignauxfaibles", .. relativeParts]));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "SignauxFaibles.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"no SignauxFaibles.sln above {AppContext.BaseDirectory}: tests run from a checkout of the repository");
    }
}
