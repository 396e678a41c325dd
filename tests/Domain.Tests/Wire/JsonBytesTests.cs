using System.Text;
using System.Text.Json;
using SignauxFaibles.Domain.Wire;

namespace SignauxFaibles.Domain.Tests.Wire;

public class JsonBytesTests
{
    [Fact]
    public void ADocumentAfterALongerOne_HoldsOnlyItsOwnBytes()
    {
        var longer = JsonBytes.Write(new string('x', 5000), static (w, s) => { w.WriteStartObject(); w.WriteString("v", s); w.WriteEndObject(); });
        var shorter = JsonBytes.Write(42, static (w, n) => { w.WriteStartObject(); w.WriteNumber("n", n); w.WriteEndObject(); });

        Assert.Equal(5008, longer.Length);
        Assert.Equal("""{"n":42}""", Encoding.UTF8.GetString(shorter));
    }

    [Fact]
    public void ADocumentWrittenInsideAnother_DoesNotCorruptEither()
    {
        byte[]? inner = null;
        var outer = JsonBytes.Write(0, (w, _) =>
        {
            w.WriteStartObject();
            inner = JsonBytes.Write(1, static (iw, n) => { iw.WriteStartArray(); iw.WriteNumberValue(n); iw.WriteEndArray(); });
            w.WriteString("after", "inner");
            w.WriteEndObject();
        });

        Assert.Equal("[1]", Encoding.UTF8.GetString(inner!));
        Assert.Equal("""{"after":"inner"}""", Encoding.UTF8.GetString(outer));
    }

    [Fact]
    public void AFailedDocument_LeavesTheNextOneClean()
    {
        Assert.Throws<InvalidOperationException>(() => JsonBytes.Write(0, static (w, _) => { w.WriteStartObject(); w.WriteString("half", "written"); throw new InvalidOperationException("boom"); }));

        var next = JsonBytes.Write(0, static (w, _) => { w.WriteStartArray(); w.WriteEndArray(); });

        Assert.Equal("[]", Encoding.UTF8.GetString(next));
        Assert.True(JsonDocument.Parse(next).RootElement.ValueKind == JsonValueKind.Array);
    }
}
