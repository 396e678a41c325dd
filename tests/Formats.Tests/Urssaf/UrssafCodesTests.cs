using SignauxFaibles.Domain.Time;
using SignauxFaibles.Formats.Urssaf;

namespace SignauxFaibles.Formats.Tests.Urssaf;

public class UrssafCodesTests
{
    [Theory]
    [InlineData("201631", 2016, 7, 1)]
    [InlineData("1031", 2010, 7, 1)]
    [InlineData("201620", 2016, 4, 3)]
    [InlineData("201662", 2016, 1, 12)]
    [InlineData("199904", 1999, 1, 1)] // quarter 0, month 4: normalised as the original pipeline did
    [InlineData("201614", 2016, 4, 1)]
    public void TryParsePeriod_AcceptedCode_GivesRange(string code, int year, int month, int length)
    {
        Assert.True(UrssafCodes.TryParsePeriod(code, out var range));
        Assert.Equal((Month.Of(year, month), length), (range.Start, range.Length));
    }

    [Theory]
    [InlineData("201654")]
    [InlineData("201600")]
    [InlineData("201650")]
    [InlineData("20163")]
    [InlineData("2016a1")]
    [InlineData("")]
    public void TryParsePeriod_ImpossibleCode_IsRefused(string code) =>
        Assert.False(UrssafCodes.TryParsePeriod(code, out _));

    [Theory]
    [InlineData(2016, 7, 1, "201631")]
    [InlineData(2016, 4, 3, "201620")]
    [InlineData(2016, 1, 12, "201662")]
    public void FormatPeriod_CodableRange_IsWrittenAndReadBack(int year, int month, int length, string code)
    {
        var range = new MonthRange(Month.Of(year, month), Month.Of(year, month).AddMonths(length));
        Span<char> buffer = stackalloc char[6];

        Assert.Equal(code, buffer[..UrssafCodes.FormatPeriod(range, buffer)].ToString());
        Assert.True(UrssafCodes.TryParsePeriod(code, out var back));
        Assert.Equal(range, back);
    }

    [Theory]
    [InlineData(2016, 2, 3)]
    [InlineData(2016, 1, 2)]
    [InlineData(2016, 3, 12)]
    public void FormatPeriod_UncodableRange_WritesNothing(int year, int month, int length)
    {
        Span<char> buffer = stackalloc char[6];
        Assert.Equal(0, UrssafCodes.FormatPeriod(new MonthRange(Month.Of(year, month), Month.Of(year, month).AddMonths(length)), buffer));
    }

    [Theory]
    [InlineData(2016, 3, 18, "1160318")]
    [InlineData(1999, 4, 1, "990401")]
    [InlineData(1905, 12, 31, "051231")]
    public void FormatDate_Year1900_IsWrittenAndReadBack(int y, int m, int d, string text)
    {
        Span<char> buffer = stackalloc char[7];
        var date = new DateOnly(y, m, d);

        Assert.Equal(text, buffer[..UrssafCodes.FormatDate(date, buffer)].ToString());
        Assert.True(UrssafCodes.TryParseDate(text, out var back));
        Assert.Equal(date, back);
    }
}
