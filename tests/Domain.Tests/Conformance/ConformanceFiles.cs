namespace SignauxFaibles.Domain.Tests.Conformance;

/// <summary>Locates the shared conformance corpus; a missing file fails the test, it never skips it.</summary>
internal static class ConformanceFiles
{
    private static readonly Lazy<string> SharedRoot = new(FindShared);

    /// <summary>The full path of a file under <c>shared/conformance/opensignauxfaibles/</c>.</summary>
    public static string Path(string relative)
    {
        var path = System.IO.Path.Combine(SharedRoot.Value, "conformance", "opensignauxfaibles", relative);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"conformance file missing: {path}");
        }

        return path;
    }

    private static string FindShared()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var inside = System.IO.Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(System.IO.Path.Combine(inside, "conformance")))
            {
                return inside;
            }

            var beside = System.IO.Path.Combine(dir.FullName, "..", "shared");
            if (Directory.Exists(System.IO.Path.Combine(beside, "conformance")))
            {
                return System.IO.Path.GetFullPath(beside);
            }
        }

        throw new DirectoryNotFoundException($"no shared/conformance folder above {AppContext.BaseDirectory}");
    }
}
