using System.Text;
using CsCheck;
using SignauxFaibles.Formats.Core;
using SignauxFaibles.Ingest.Connector;

namespace SignauxFaibles.Connector.Tests.Corpus;

/// <summary>
/// Property-based fuzzing of every partner-file reader: a valid line of the corpus mutated at random
/// (separators, quotes, line breaks, digits, signs, non-ASCII, cuts) and raw random bytes. A reader never
/// throws; every line it yields is either an accepted event or a reject with at least one reason.
/// </summary>
public class ReaderFuzzTests
{
    private static readonly char[] Interesting = [';', ',', '"', '\'', '\r', '\n', '\t', ' ', '-', '+', '.', 'e', 'E', '0', '9', 'é', '\u00A0', '\uFEFF', '\0', 'N', 'a'];

    public static TheoryData<string> Formats()
    {
        var data = new TheoryData<string>();
        foreach (var format in CorpusManifest.Cases.Where(c => c.Source == "file" && c.Case == "valid").Select(c => c.Target).Distinct())
        {
            data.Add(format);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void MutatedLines_NeverThrow_AndYieldOnlyEventsOrTypedRejects(string format)
    {
        var valid = CorpusManifest.Cases.First(c => c.Source == "file" && c.Target == format && c.Case == "valid");
        var lines = File.ReadAllLines(CorpusManifest.PathOf("file", valid.File));
        var header = lines[0];
        var line = lines[valid.Line - 1];
        Assert.True(PartnerReaders.TryGet(format, out var reader));

        var mutation = Gen.Select(Gen.Int[0, 3], Gen.Int[0, line.Length], Gen.OneOf(Gen.Char, Gen.Int[0, Interesting.Length - 1].Select(i => Interesting[i])));
        mutation.Array[1, 12].Sample(mutations =>
        {
            var text = new StringBuilder(line);
            foreach (var (kind, at, ch) in mutations)
            {
                var i = Math.Min(at, text.Length);
                _ = kind switch
                {
                    0 => text.Insert(i, ch),
                    1 when i < text.Length => text.Remove(i, 1),
                    2 when i < text.Length => text.Remove(i, 1).Insert(i, ch),
                    _ => text.Remove(i, text.Length - i),
                };
            }

            AssertReadsCleanly(reader, Encoding.UTF8.GetBytes($"{header}\n{text}\n{line}\n"));
        }, iter: 300);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void RandomBytes_AfterTheHeader_NeverThrow(string format)
    {
        var valid = CorpusManifest.Cases.First(c => c.Source == "file" && c.Target == format && c.Case == "valid");
        var header = File.ReadLines(CorpusManifest.PathOf("file", valid.File)).First();
        Assert.True(PartnerReaders.TryGet(format, out var reader));
        Gen.Byte.Array[0, 2000].Sample(bytes => AssertReadsCleanly(reader, [.. Encoding.UTF8.GetBytes(header + "\n"), .. bytes]), iter: 200);
    }

    private static void AssertReadsCleanly(IPartnerFileReader reader, byte[] content)
    {
        foreach (var encoding in new[] { Encoding.UTF8, TextEncodings.Cp1252 })
        {
            var report = new FileReport(reader.Format, "fuzz.csv", 10);
            var options = new ReadOptions { DeliveredOn = new DateOnly(2019, 1, 21), DeliveredAt = TimeOnly.MinValue, Encoding = encoding };
            foreach (var result in reader.Read(new MemoryStream(content), options, report))
            {
                Assert.True(result.IsAccepted ? result.Event is not null : result.Rejects.Count > 0, $"line {result.LineNumber}: neither an event nor a reason");
            }

            Assert.Null(report.Fatal);
        }
    }
}
