using System.Security.Cryptography;
using System.Text;
using CsCheck;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Ingest.DeadLetters;

namespace SignauxFaibles.Ingest.Tests.DeadLetters;

/// <summary>Every dead letter fits in one broker message whatever the input, and says exactly what it kept.</summary>
public class DeadLetterBoundsTests
{
    [Fact]
    public void HugeNonJsonMessage_IsCutToItsBeginning_WithSizeAndHash()
    {
        var huge = new byte[1_900_000];
        Array.Fill(huge, (byte)'x');
        var letter = new DeadLetter([new Reject(RejectCode.OversizedInput, "body", "too large")], DeadLetterSource.KafkaMessage("sf.urssaf.debit", 0, 7), "123456782", huge);

        var bytes = DeadLetterJson.Serialize(letter);
        var back = DeadLetterJson.TryParse(bytes);

        Assert.True(bytes.Length <= DeadLetterLimits.MaxLetterBytes, $"{bytes.Length} bytes");
        Assert.NotNull(back);
        Assert.Equal(new PayloadTruncation(huge.Length, Convert.ToHexStringLower(SHA256.HashData(huge))), back.Truncation);
        Assert.True(back.Payload.Length > 0 && huge.AsSpan(0, back.Payload.Length).SequenceEqual(back.Payload.Span));
        Assert.Equal(RejectCode.OversizedInput, back.Reason.Code);
    }

    [Fact]
    public void PayloadUpToTheInputLimit_EvenEscapingHeavy_IsKeptWholeForReplay()
    {
        // Control characters are escaped six-fold in JSON text: such a payload goes as base64, still whole.
        var payload = Encoding.UTF8.GetBytes(new string('\u0001', DeadLetterLimits.MaxPayloadBytes));
        var letter = new DeadLetter([new Reject(RejectCode.InvalidJson, "body", "not JSON")], DeadLetterSource.KafkaMessage("t", 0, 1), null, payload);

        var bytes = DeadLetterJson.Serialize(letter);
        var back = DeadLetterJson.TryParse(bytes)!;

        Assert.True(bytes.Length <= DeadLetterLimits.MaxLetterBytes, $"{bytes.Length} bytes");
        Assert.Null(back.Truncation);
        Assert.Equal(payload, back.Payload.ToArray());
    }

    [Fact]
    public void AnyLetter_FitsAndReadsBack_WholeOrTruncatedWithItsHash()
    {
        var text = Gen.String[Gen.Char, 0, 3000];
        var reject = Gen.Select(Gen.Enum<RejectCode>(), text, text, (c, f, d) => new Reject(c, f, d));
        var payload = Gen.OneOf(
            Gen.Byte.Array[0, 4096],
            Gen.Int[0, 1_200_000].Select(n => new byte[n]),
            Gen.Int[0, 400_000].Select(n => Encoding.UTF8.GetBytes(new string('"', n))));
        var letters = Gen.Select(reject.List[0, 80], text, text.Select(s => s.Length % 3 == 0 ? null : s), payload, (r, file, key, p) =>
            new DeadLetter(r, DeadLetterSource.FileLine("debit", file, 3), key, p));

        letters.Sample(letter =>
        {
            var bytes = DeadLetterJson.Serialize(letter);
            var back = DeadLetterJson.TryParse(bytes);
            Assert.True(bytes.Length <= DeadLetterLimits.MaxLetterBytes, $"{bytes.Length} bytes");
            Assert.NotNull(back);
            if (back.Truncation is null)
            {
                Assert.Equal(letter.Payload.ToArray(), back.Payload.ToArray());
            }
            else
            {
                Assert.Equal(letter.Payload.Length, back.Truncation.OriginalSize);
                Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(letter.Payload.Span)), back.Truncation.Sha256);
                Assert.True(letter.Payload.Span.StartsWith(back.Payload.Span));
            }

            if (letter.Payload.Length <= DeadLetterLimits.MaxPayloadBytes && letter.Rejects.Count <= 5)
            {
                Assert.Null(back.Truncation);
            }
        }, iter: 200);
    }
}
