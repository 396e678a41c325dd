using System.Text;
using SignauxFaibles.Ingest.Consuming;

namespace SignauxFaibles.Ingest.Tests.Consuming;

public class DeliveryDateTests
{
    [Theory]
    [InlineData("""{"schema":"urssaf.debit","version":1,"data":{"siren":"542107651","deliveredOn":"2024-03-20"}}""", "2024-03-20")]
    [InlineData("""{"data":{"nested":{"deliveredOn":"1999-01-01"},"list":[1,{"a":2}],"deliveredOn":"2024-03-05"},"schema":"x"}""", "2024-03-05")]
    [InlineData("""{"schema":"x","extra":{"data":{"deliveredOn":"1999-01-01"}},"data":{"deliveredOn":"2024-02-29"}}""", "2024-02-29")]
    public void Read_FindsTheEnvelopesDeliveryDate(string body, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DeliveryDate.Read(Encoding.UTF8.GetBytes(body)));

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("""{"schema":"x","data":{"siren":"542107651"}}""")]
    [InlineData("""{"data":{"deliveredOn":20240320}}""")]
    [InlineData("""{"data":{"deliveredOn":"2024-02-30"}}""")]
    [InlineData("""{"data":{"deliveredOn":"2024-03-20T10:00:00"}}""")]
    [InlineData("""{"data":{"deliveredOn":"2024-03-2""")]
    [InlineData("""{"data":"2024-03-20"}""")]
    public void Read_GivesNull_WhenThereIsNoReadableDate(string body) =>
        Assert.Null(DeliveryDate.Read(Encoding.UTF8.GetBytes(body)));
}
