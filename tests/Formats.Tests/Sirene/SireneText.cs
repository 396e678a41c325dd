using System.Text;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Formats.Core;
using SignauxFaibles.Formats.Tests.Support;

namespace SignauxFaibles.Formats.Tests.Sirene;

/// <summary>Builds small INSEE-layout files for the Sirene reader tests.</summary>
internal static class SireneText
{
    /// <summary>A file with <paramref name="header"/> and one line per value set (unnamed columns empty).</summary>
    public static string File(IReadOnlyList<string> header, params Dictionary<string, string>[] lines)
    {
        var sb = new StringBuilder(string.Join(',', header)).Append('\n');
        foreach (var values in lines)
        {
            sb.Append(string.Join(',', header.Select(h => values.GetValueOrDefault(h, "")))).Append('\n');
        }

        return sb.ToString();
    }

    public static (List<ReadResult> Results, FileReport Report) Read(IPartnerFileReader reader, string text, ValidationOptions? validation = null)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return SharedCorpus.Read(reader, stream, "test.csv", validation ?? ValidationOptions.Strict);
    }
}
