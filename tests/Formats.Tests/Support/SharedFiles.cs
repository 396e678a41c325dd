namespace SignauxFaibles.Formats.Tests.Support;

/// <summary>
/// Locates the shared folder (conformance corpus, reference data) by walking up from the test binaries
/// until a folder holding <c>shared/conformance</c> (or a sibling <c>../shared</c> of a worktree) is found.
/// A missing folder or file fails the test loudly: conformance is never silently skipped.
/// </summary>
public static class SharedFiles
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The shared folder itself (holding <c>conformance/</c>).</summary>
    public static string SharedRoot => Root.Value;

    /// <summary>The original Signaux Faibles parsers' corpus: <c>shared/conformance/opensignauxfaibles</c>.</summary>
    public static string OpenSignauxFaibles => Path.Combine(SharedRoot, "conformance", "opensignauxfaibles");

    /// <summary>Full path of a corpus file given relative to <c>opensignauxfaibles/</c>; throws when it does not exist.</summary>
    public static string Corpus(string relativePath)
    {
        var path = Path.Combine(OpenSignauxFaibles, relativePath);
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"conformance file missing: {path} (the shared corpus must be present; tests never skip it)", path);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "shared"), Path.Combine(dir.FullName, "..", "shared") })
            {
                if (Directory.Exists(Path.Combine(candidate, "conformance")))
                {
                    return Path.GetFullPath(candidate);
                }
            }
        }

        throw new DirectoryNotFoundException(
            $"no shared/conformance folder found above {AppContext.BaseDirectory}; the conformance corpus is required");
    }
}
