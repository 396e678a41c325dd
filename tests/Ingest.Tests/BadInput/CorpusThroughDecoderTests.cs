using System.Text;
using Confluent.Kafka;
using CsCheck;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Ingest.Consuming;
using SignauxFaibles.Ingest.DeadLetters;
using Xunit.Abstractions;

namespace SignauxFaibles.Ingest.Tests.BadInput;

/// <summary>
/// Every Kafka case of the corpus through the ingest decoder (what the consumer runs on each message):
/// the documented reason or an event; and a property-based fuzz of the decoder that never gets anything
/// but an event or a typed reject, whose dead letter always fits.
/// </summary>
public sealed class CorpusThroughDecoderTests(ITestOutputHelper output)
{
    [Fact]
    public void EveryKafkaCase_DecodesToItsDocumentedOutcome()
    {
        var failures = new List<string>();
        var table = new List<string> { "| topic (schema) | cases | accepted | rejected by reason |", "|---|---|---|---|" };
        foreach (var topic in CorpusManifest.Cases.Where(c => c.Source == "kafka").GroupBy(c => c.Target))
        {
            var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
            var accepted = 0;
            var offset = 0L;
            foreach (var c in topic)
            {
                var message = new IngestMessage(new TopicPartition($"sf.{c.Target}", 0), offset++, c.Key.Length == 0 ? null : Encoding.UTF8.GetBytes(c.Key), File.ReadAllBytes(CorpusManifest.PathOf("kafka", c.File)));
                var ok = IngestDecoder.TryDecode(message, ValidationOptions.Strict, out var sourced, out var rejects);
                if (ok)
                {
                    accepted++;
                }
                else
                {
                    counts[rejects[0].CodeName] = counts.GetValueOrDefault(rejects[0].CodeName) + 1;
                }

                var pass = c.Expected == "accepted" ? ok && sourced is not null : !ok && rejects.Any(r => c.ExpectedReasons.Contains(r.CodeName));
                if (!pass)
                {
                    failures.Add($"{c.File}: expected {c.Expected}, got {(ok ? "accepted" : string.Join(" ", rejects))}");
                }
            }

            table.Add($"| {topic.Key} | {topic.Count()} | {accepted} | {string.Join(", ", counts.Select(kv => $"{kv.Key} {kv.Value}"))} |");
        }

        output.WriteLine(string.Join(Environment.NewLine, table));
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void Fuzz_MutatedExamplesAndRandomBytes_OnlyEventsOrTypedRejects_WhoseDeadLetterFits()
    {
        var examples = CorpusManifest.Cases.Where(c => c.Source == "kafka" && c.Case == "valid")
            .Select(c => File.ReadAllBytes(CorpusManifest.PathOf("kafka", c.File))).ToArray();
        var mutated = Gen.Select(Gen.Int[0, examples.Length - 1], Gen.Select(Gen.Int[0, 2], Gen.Int[0, 4000], Gen.Byte).Array[0, 10], (i, edits) =>
        {
            var bytes = new List<byte>(examples[i]);
            foreach (var (kind, at, b) in edits)
            {
                var p = Math.Min(at, bytes.Count);
                switch (kind)
                {
                    case 0: bytes.Insert(p, b); break;
                    case 1 when p < bytes.Count: bytes.RemoveAt(p); break;
                    case 2 when p < bytes.Count: bytes[p] = b; break;
                }
            }

            return bytes.ToArray();
        });
        var bodies = Gen.OneOf(mutated, Gen.Byte.Array[0, 600]);
        var keys = Gen.OneOf(Gen.Const((byte[]?)null), Gen.Const((byte[]?)"542107651"u8.ToArray()), Gen.Byte.Array[0, 12].Select(b => (byte[]?)b));

        Gen.Select(bodies, keys).Sample((body, key) =>
        {
            var message = new IngestMessage(new TopicPartition("sf.urssaf.debit", 0), 1, key, body);
            if (IngestDecoder.TryDecode(message, ValidationOptions.Strict, out var sourced, out var rejects))
            {
                Assert.NotNull(sourced);
                return;
            }

            Assert.NotEmpty(rejects);
            Assert.All(rejects, r => Assert.NotEqual(RejectCode.None, r.Code));
            var letter = new DeadLetter(rejects, DeadLetterSource.KafkaMessage("sf.urssaf.debit", 0, 1), IngestDecoder.KeyText(key), body);
            var bytes = DeadLetterJson.Serialize(letter);
            Assert.True(bytes.Length <= DeadLetterLimits.MaxLetterBytes);
            Assert.Equal(body, DeadLetterJson.TryParse(bytes)!.Payload.ToArray());
        }, iter: 3000);
    }
}
