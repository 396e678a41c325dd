namespace SignauxFaibles.Repository.Tests;

/// <summary>
/// Files stay small and named after what they hold: a C# file over 300 lines says why on its first line
/// (a <c>//</c> comment).
/// </summary>
public class LongFileTests
{
    private const int MaxLines = 300;

    private static readonly string[] Folders = ["src", "tests", "bench"];

    [Fact]
    public void LongFiles_SayWhyOnTheirFirstLine()
    {
        var offenders = Folders
            .SelectMany(folder => RepositoryTree.Files(folder, ".cs"))
            .Select(file => (Path: RepositoryTree.Relative(file), Lines: File.ReadAllLines(file)))
            .Where(f => f.Lines.Length > MaxLines)
            .Where(f => !f.Lines[0].TrimStart().StartsWith("//", StringComparison.Ordinal))
            .Select(f => $"{f.Path}: {f.Lines.Length} lines, no first-line reason")
            .ToList();
        Assert.True(offenders.Count == 0, string.Join('\n', offenders));
    }
}
