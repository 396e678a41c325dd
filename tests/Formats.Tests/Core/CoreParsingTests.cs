using SignauxFaibles.Formats.Core;

namespace SignauxFaibles.Formats.Tests.Core;

public class CoreParsingTests
{
    [Theory]
    [InlineData("a;\"b;c\";\"d\"\"e\";", new[] { "a", "b;c", "d\"e", "" })]
    [InlineData("\"\"", new[] { "" })]
    public void QuotedLineSplitter_WellFormed_Splits(string line, string[] expected)
    {
        Assert.True(QuotedLineSplitter.TrySplit(line, ';', out var fields, out _));
        Assert.Equal(expected, fields);
    }

    [Theory]
    [InlineData("654\",")]
    [InlineData("a;\"b")]
    [InlineData("a;\"b\"c;d")]
    public void QuotedLineSplitter_Malformed_Fails(string line) =>
        Assert.False(QuotedLineSplitter.TrySplit(line, ';', out _, out _));

    [Theory]
    [InlineData("5065.79", "5065.79")]
    [InlineData("-68231", "-68231")]
    [InlineData("12,5", "12.5")]
    [InlineData("+3", "3")]
    [InlineData("1e3", "1000")]
    [InlineData("123456789012345678901234", "123456789012345678901234")]
    public void NumberText_TryParseDecimal_ReadsPointOrComma(string text, string expected)
    {
        Assert.True(NumberText.TryParseDecimal(text, out var value));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("1.2.3")]
    [InlineData("12 5")]
    public void NumberText_TryParseDecimal_RefusesGarbage(string text) =>
        Assert.False(NumberText.TryParseDecimal(text, out _));

    [Theory]
    [InlineData("195907", "1959.07")]
    [InlineData("-3", "-0.03")]
    [InlineData("0", "0")]
    public void NumberText_TryParseCents_GivesEuros(string text, string euros)
    {
        Assert.True(NumberText.TryParseCents(text, out var value));
        Assert.Equal(decimal.Parse(euros, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("089", 89)]
    [InlineData("1 234", 1234)]
    [InlineData("1\u00A0234", 1234)]
    [InlineData("-2", -2)]
    public void NumberText_TryParseHeadcount_ReadsExportSpellings(string text, int expected)
    {
        Assert.True(NumberText.TryParseHeadcount(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("12.5")]
    [InlineData("99999999999")]
    [InlineData(" ")]
    public void NumberText_TryParseHeadcount_RefusesNonIntegers(string text) =>
        Assert.False(NumberText.TryParseHeadcount(text, out _));

    [Fact]
    public void DateText_FormatsAndParsesBothLayouts()
    {
        var date = new DateOnly(2014, 5, 6);
        Span<char> buffer = stackalloc char[10];

        Assert.Equal("06/05/2014", buffer[..DateText.FormatDayMonthYear(date, buffer)].ToString());
        Assert.Equal("06MAY2014", buffer[..DateText.FormatDayMonthNameYear(date, buffer)].ToString());
        Assert.True(DateText.TryParseDayMonthYear("6/5/2014", out var a));
        Assert.True(DateText.TryParseDayMonthNameYear("06may2014", out var b));
        Assert.Equal((date, date), (a, b));
    }

    [Fact]
    public void DelimitedLineWriter_FieldWithSeparatorOrQuote_IsQuoted()
    {
        var text = new StringWriter();
        var line = new DelimitedLineWriter(text);
        line.Field("a;b");
        line.Field("say \"hi\"");
        line.Field("two\nlines");
        line.Field(12.50m);
        line.Empty();
        line.EndLine();

        Assert.Equal("\"a;b\";\"say \"\"hi\"\"\";\"two lines\";12.50;\n", text.ToString());
    }

    [Fact]
    public void StringPool_SameText_ReturnsSameInstanceWithinItsBound()
    {
        var pool = new StringPool(maxEntries: 2);
        var first = pool.Get("74");

        Assert.Same(first, pool.Get("74".AsSpan()));
        pool.Get("1");
        pool.Get("2");
        Assert.Equal(2, pool.Count);
        Assert.NotSame(pool.Get("2"), pool.Get("2"));
    }
}
