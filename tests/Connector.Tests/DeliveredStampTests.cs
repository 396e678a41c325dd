namespace SignauxFaibles.Connector.Tests;

public class DeliveredStampTests
{
    [Theory]
    [InlineData("2024-03-20", "2024-03-20", null)]
    [InlineData("2024-03-20T14:05", "2024-03-20", "14:05:00")]
    [InlineData("2024-03-20 14:05:30", "2024-03-20", "14:05:30")]
    [InlineData("2024-03-20T23:30:00+01:00", "2024-03-20", "23:30:00")]
    [InlineData("2024-03-20T00:10:00Z", "2024-03-20", "00:10:00")]
    public void TryParse_DateOrTimestamp_KeepsTheDayAsWritten(string text, string day, string? time)
    {
        Assert.True(DeliveredStamp.TryParse(text, out var stamp));
        Assert.Equal(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), stamp.Day);
        Assert.Equal(time is null ? null : TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture), stamp.TimeOfDay);
    }

    [Theory]
    [InlineData("20/03/2024")]
    [InlineData("2024-02-30")]
    [InlineData("2024-03-20T25:00")]
    [InlineData("yesterday")]
    [InlineData("")]
    public void TryParse_Anything_Else_IsRefused(string text) => Assert.False(DeliveredStamp.TryParse(text, out _));
}
