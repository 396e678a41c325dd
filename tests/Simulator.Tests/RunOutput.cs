using System.Security.Cryptography;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Domain.Wire;

namespace SignauxFaibles.Simulator.Tests;

/// <summary>Reads back what a run wrote.</summary>
internal static class RunOutput
{
    public static string TempDirectory(string name)
    {
        var dir = Path.Combine(Path.GetTempPath(), "sf-sim-tests", $"{name}-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>SHA-256 of every file under the directory, by relative path.</summary>
    public static SortedDictionary<string, string> Hashes(string dir)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
        {
            using var stream = File.OpenRead(file);
            result[Path.GetRelativePath(dir, file)] = Convert.ToHexString(SHA256.HashData(stream));
        }

        return result;
    }

    /// <summary>Every event of events.jsonl, failing on the first line that does not decode or validate.</summary>
    public static IEnumerable<FirmEvent> Events(string dir)
    {
        var lineNumber = 0;
        foreach (var line in File.ReadLines(Path.Combine(dir, "events.jsonl")))
        {
            lineNumber++;
            if (!EventJson.TryDeserialize(System.Text.Encoding.UTF8.GetBytes(line), out var e, out var reject))
            {
                throw new InvalidDataException($"line {lineNumber} does not decode: {reject}");
            }

            var rejects = EventValidator.Validate(e!, ValidationOptions.Strict);
            if (rejects.Count > 0)
            {
                throw new InvalidDataException($"line {lineNumber} is invalid: {string.Join("; ", rejects)}\n{line}");
            }

            yield return e!;
        }
    }

    public static List<string[]> Csv(string path) =>
        [.. File.ReadLines(path).Skip(1).Select(l => l.Split(';'))];
}
