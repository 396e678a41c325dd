using System.Text;
using System.Text.Json;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Ingest.DeadLetters;

namespace SignauxFaibles.Ingest.Tests.DeadLetters;

public class DeadLetterJsonTests
{
    [Fact]
    public void Serialize_KafkaReject_CarriesReasonSourceAndVerbatimPayload()
    {
        var letter = new DeadLetter(
            [new Reject(RejectCode.KeyMismatch, "key", "key 'x' is not the event's SIREN"), new Reject(RejectCode.InvalidDate, "dateTraitement", "bad")],
            DeadLetterSource.KafkaMessage("sf.urssaf.debit", 3, 42),
            "x",
            Encoding.UTF8.GetBytes("""{"schema":"urssaf.debit"}"""));

        using var doc = JsonDocument.Parse(DeadLetterJson.Serialize(letter));
        var root = doc.RootElement;
        Assert.Equal("sf.urssaf.debit/3/42", root.GetProperty("id").GetString());
        Assert.Equal("key_mismatch", root.GetProperty("reason").GetString());
        Assert.Equal("key", root.GetProperty("field").GetString());
        Assert.Equal(2, root.GetProperty("rejects").GetArrayLength());
        Assert.Equal("invalid_date", root.GetProperty("rejects")[1].GetProperty("reason").GetString());
        Assert.Equal("kafka", root.GetProperty("source").GetProperty("kind").GetString());
        Assert.Equal(42, root.GetProperty("source").GetProperty("offset").GetInt64());
        Assert.Equal("utf8", root.GetProperty("payloadEncoding").GetString());
        Assert.Equal("""{"schema":"urssaf.debit"}""", root.GetProperty("payload").GetString());
    }

    [Fact]
    public void Serialize_FileRejectWithBinaryPayload_RoundTripsThroughBase64()
    {
        byte[] payload = [0xff, 0xfe, 0x00, 0x41];
        var letter = new DeadLetter([new Reject(RejectCode.MalformedCsv, "line", "bare quote")], DeadLetterSource.FileLine("debit", "/data/in/debit.csv", 17), null, payload);

        var back = DeadLetterJson.TryParse(DeadLetterJson.Serialize(letter));

        Assert.NotNull(back);
        Assert.Equal("debit:debit.csv:17", back.Id);
        Assert.Equal(RejectCode.MalformedCsv, back.Reason.Code);
        Assert.Equal(letter.Source, back.Source);
        Assert.Equal(payload, back.Payload.ToArray());
    }

    [Fact]
    public void DeadLetteredAt_IsWrittenInUtc_AndReadBack_InEveryShape()
    {
        var at = new DateTimeOffset(2026, 12, 6, 4, 5, 6, 789, TimeSpan.FromHours(1));
        var letter = new DeadLetter([new Reject(RejectCode.ApplyFailed, "event", "failed")], DeadLetterSource.KafkaMessage("sf.urssaf.debit", 0, 1), "542107651", "{}"u8.ToArray()) { DeadLetteredAt = at };

        using var doc = JsonDocument.Parse(DeadLetterJson.Serialize(letter));
        Assert.Equal("2026-12-06T03:05:06.789+00:00", doc.RootElement.GetProperty("deadLetteredAt").GetString());
        Assert.Equal(at, DeadLetterJson.TryParse(DeadLetterJson.Serialize(letter))!.DeadLetteredAt);
        Assert.Equal(at, DeadLetterJson.TryParse(DeadLetterJson.SerializeMinimal(letter))!.DeadLetteredAt);
        Assert.Null(DeadLetterJson.TryParse(DeadLetterJson.Serialize(letter with { DeadLetteredAt = null }))!.DeadLetteredAt);
    }

    [Fact]
    public void TryParse_NotADeadLetter_ReturnsNull()
    {
        Assert.Null(DeadLetterJson.TryParse("""{"schema":"urssaf.debit"}"""u8));
        Assert.Null(DeadLetterJson.TryParse("nope"u8));
    }
}
