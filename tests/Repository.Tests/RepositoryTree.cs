namespace SignauxFaibles.Repository.Tests;

/// <summary>The files of the repository that people write (build outputs, tools and results left out).</summary>
internal static class RepositoryTree
{
    private static readonly string[] Ignored = ["bin", "obj", ".git", ".tools", "TestResults", "node_modules", "BenchmarkDotNet.Artifacts", ".vs", ".idea"];

    /// <summary>Files under <paramref name="folder"/> (relative to the root) whose name ends with one of the extensions.</summary>
    public static IReadOnlyList<string> Files(string folder, params string[] extensions)
    {
        var start = RepositoryFiles.Inside(folder);
        if (!Directory.Exists(start))
        {
            return [];
        }

        var found = new List<string>();
        var pending = new Stack<string>([start]);
        while (pending.TryPop(out var dir))
        {
            foreach (var sub in Directory.EnumerateDirectories(dir))
            {
                if (!Ignored.Contains(Path.GetFileName(sub), StringComparer.Ordinal))
                {
                    pending.Push(sub);
                }
            }

            found.AddRange(Directory.EnumerateFiles(dir).Where(f => extensions.Length == 0 || extensions.Any(e => f.EndsWith(e, StringComparison.Ordinal))));
        }

        found.Sort(StringComparer.Ordinal);
        return found;
    }

    /// <summary>A path relative to the repository root, with forward slashes.</summary>
    public static string Relative(string fullPath) => Path.GetRelativePath(RepositoryFiles.Root, fullPath).Replace('\\', '/');
}
