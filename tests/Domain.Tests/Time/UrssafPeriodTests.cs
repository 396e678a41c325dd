using SignauxFaibles.Domain.Time;
using SignauxFaibles.Domain.Validation;

namespace SignauxFaibles.Domain.Tests.Time;

public class UrssafPeriodTests
{
    [Theory]
    [InlineData("201631", 2016, 7, 1)]  // domain.md: 201631 = July 2016
    [InlineData("201611", 2016, 1, 1)]
    [InlineData("201643", 2016, 12, 1)]
    [InlineData("201620", 2016, 4, 3)]  // whole second quarter
    [InlineData("201662", 2016, 1, 12)] // whole year
    [InlineData("1031", 2010, 7, 1)]    // two-digit year < 50 -> 20AA
    [InlineData("9942", 1999, 11, 1)]   // two-digit year >= 50 -> 19AA
    public void TryParse_ValidCode_GivesMonthRange(string code, int year, int month, int length)
    {
        Assert.True(UrssafPeriod.TryParse(code, out var range, out _));
        Assert.Equal(Month.Of(year, month), range.Start);
        Assert.Equal(length, range.Length);
    }

    [Theory]
    [InlineData("201654")]
    [InlineData("201614")]
    [InlineData("2016")]
    [InlineData("20163")]
    [InlineData("2016A1")]
    [InlineData("")]
    public void TryParse_InvalidCode_IsRejected(string code)
    {
        Assert.False(UrssafPeriod.TryParse(code, out _, out var error));
        Assert.Equal(RejectCode.InvalidPeriod, error);
    }

    [Theory]
    [InlineData("1160318", 2016, 3, 18)]
    [InlineData("990401", 1999, 4, 1)]
    [InlineData("1050824", 2005, 8, 24)]
    public void UrssafDate_Year1900_IsParsed(string text, int y, int m, int d)
    {
        Assert.True(UrssafDate.TryParse(text, out var date, out _));
        Assert.Equal(new DateOnly(y, m, d), date);
        Assert.Equal(text, UrssafDate.Format(date));
    }

    [Theory]
    [InlineData("1161318")]
    [InlineData("1160231")]
    [InlineData("abc")]
    public void UrssafDate_Invalid_IsRejected(string text) => Assert.False(UrssafDate.TryParse(text, out _, out _));

    [Fact]
    public void Format_RoundTripsEveryMonth()
    {
        foreach (var m in Month.Range(Month.Of(2015, 1), Month.Of(2027, 1)))
        {
            Assert.True(UrssafPeriod.TryParse(UrssafPeriod.Format(m), out var r, out _));
            Assert.Equal(new MonthRange(m, m.Next), r);
        }
    }
}
