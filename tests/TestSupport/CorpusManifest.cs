namespace SignauxFaibles.TestSupport;

/// <summary>One case of tests/corpus/expected.tsv (written by tests/corpus/generate.sh, which documents each).</summary>
public sealed record CorpusCase(string Source, string Target, string File, long Line, string Key, string Case, string Expected, string Description)
{
    /// <summary>The reject reasons that satisfy the case (any of them); none for an accepted or skipped case.</summary>
    public IReadOnlyList<string> ExpectedReasons => Expected is "accepted" or "skipped" ? [] : Expected.Split('|');
}

/// <summary>The malformed-input corpus of the repository (<c>tests/corpus</c>), read through <see cref="RepositoryFiles"/>.</summary>
public static class CorpusManifest
{
    public static IReadOnlyList<CorpusCase> Cases { get; } =
        [.. System.IO.File.ReadLines(RepositoryFiles.File(Path.Combine("tests", "corpus", "expected.tsv"))).Skip(1).Select(Parse)];

    /// <summary>The file of a case: <c>tests/corpus/files/...</c> for partner files, <c>tests/corpus/kafka/...</c> for messages.</summary>
    public static string PathOf(string source, string file) =>
        RepositoryFiles.File(Path.Combine("tests", "corpus", source == "file" ? "files" : "kafka", file));

    private static CorpusCase Parse(string line)
    {
        var c = line.Split('\t');
        return new CorpusCase(c[0], c[1], c[2], c[3].Length == 0 ? 0 : long.Parse(c[3], System.Globalization.CultureInfo.InvariantCulture), c[4], c[5], c[6], c[7]);
    }
}
