namespace SignauxFaibles.Connector.Tests.Corpus;

/// <summary>One case of tests/corpus/expected.tsv (written by tests/corpus/generate.sh, which documents each).</summary>
internal sealed record CorpusCase(string Source, string Target, string File, long Line, string Key, string Case, string Expected, string Description)
{
    public IReadOnlyList<string> ExpectedReasons => Expected is "accepted" or "skipped" ? [] : Expected.Split('|');
}

/// <summary>The malformed-input corpus of the repository.</summary>
internal static class CorpusManifest
{
    public static string Root { get; } = FindRoot();

    public static IReadOnlyList<CorpusCase> Cases { get; } = [.. File.ReadLines(Path.Combine(Root, "tests", "corpus", "expected.tsv")).Skip(1).Select(Parse)];

    public static string PathOf(string source, string file) => Path.Combine(Root, "tests", "corpus", source == "file" ? "files" : "kafka", file);

    private static CorpusCase Parse(string line)
    {
        var c = line.Split('\t');
        return new CorpusCase(c[0], c[1], c[2], c[3].Length == 0 ? 0 : long.Parse(c[3], System.Globalization.CultureInfo.InvariantCulture), c[4], c[5], c[6], c[7]);
    }

    private static string FindRoot()
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
