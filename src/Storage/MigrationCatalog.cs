using System.Globalization;
using System.Reflection;

namespace SignauxFaibles.Storage;

/// <summary>The migrations this build knows, read from the embedded <c>Migrations/*.sql</c> resources.</summary>
public static class MigrationCatalog
{
    private const string Prefix = "SignauxFaibles.Storage.Migrations.";

    private static readonly Lazy<IReadOnlyList<Migration>> Embedded = new(Load);

    /// <summary>Every migration, by increasing version (contiguous from 1: a gap is a packaging error).</summary>
    public static IReadOnlyList<Migration> All => Embedded.Value;

    /// <summary>The schema version this build expects: the last migration's.</summary>
    public static int LatestVersion => All[^1].Version;

    private static List<Migration> Load()
    {
        var assembly = typeof(MigrationCatalog).Assembly;
        var migrations = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => Read(assembly, n))
            .OrderBy(m => m.Version)
            .ToList();
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException(
                    $"embedded migrations must be numbered 1..n without gaps; found {migrations[i].Version} at position {i + 1}");
            }
        }

        return migrations.Count > 0 ? migrations : throw new InvalidOperationException("no embedded migration");
    }

    private static Migration Read(Assembly assembly, string resource)
    {
        var file = resource[Prefix.Length..^".sql".Length];
        var separator = file.IndexOf('_', StringComparison.Ordinal);
        if (separator <= 0 || !int.TryParse(file[..separator], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            throw new InvalidOperationException($"migration {resource} is not named NNNN_name.sql");
        }

        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return new Migration(version, file[(separator + 1)..], reader.ReadToEnd());
    }
}
