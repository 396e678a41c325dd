using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Formats.Core;

namespace SignauxFaibles.Formats.Tests.Core;

/// <summary>The span parsers for the files the original pipeline read with Go (strconv spellings, ISO dates).</summary>
public class GoStyleParsingTests
{
    [Theory]
    [InlineData("1.5", true, "1.5")]
    [InlineData("1e3", true, "1000")]
    [InlineData("-0.25", true, "-0.25")]
    [InlineData("1,5", false, null)]
    [InlineData(" 1.5", false, null)]
    [InlineData("1 000", false, null)]
    public void TryParseDecimal_PointOnly_RefusesCommaAndBlanks(string text, bool ok, string? expected)
    {
        Assert.Equal(ok, NumberText.TryParseDecimal(text, acceptComma: false, out var value));
        if (expected is not null)
        {
            Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
        }
    }

    [Fact]
    public void TryParseDecimal_CommaAccepted_ReadsItAsThePoint()
    {
        Assert.True(NumberText.TryParseDecimal("1500,5", acceptComma: true, out var value));
        Assert.Equal(1500.5m, value);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("1e400")]
    [InlineData("")]
    public void TryParseDouble_NotAFiniteNumber_Fails(string text) =>
        Assert.False(NumberText.TryParseDouble(text, out _));

    [Theory]
    [InlineData("559.0", 559)]
    [InlineData("-3.9", -3)]
    [InlineData("12", 12)]
    public void TryParseFloatAsInt32_TruncatesTowardZero(string text, int expected)
    {
        Assert.True(NumberText.TryParseFloatAsInt32(text, out var value));
        Assert.Equal(expected, value);
    }

    [Fact]
    public void TryParseFloatAsInt32_OutOfRange_Fails() =>
        Assert.False(NumberText.TryParseFloatAsInt32("3e9", out _));

    [Theory]
    [InlineData("1", true)]
    [InlineData("T", true)]
    [InlineData("True", true)]
    [InlineData("FALSE", false)]
    [InlineData("f", false)]
    public void TryParseGo_StrconvSpellings_Parse(string text, bool expected)
    {
        Assert.True(BooleanText.TryParseGo(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("oui")]
    [InlineData("tRue")]
    [InlineData("yes")]
    public void TryParseGo_OtherSpellings_Fail(string text) =>
        Assert.False(BooleanText.TryParseGo(text, out _));

    [Fact]
    public void IsoDate_FormatsAndParsesExactly()
    {
        Span<char> buffer = stackalloc char[10];
        var date = new DateOnly(2024, 2, 29);

        Assert.Equal("2024-02-29", buffer[..DateText.FormatIso(date, buffer)].ToString());
        Assert.True(DateText.TryParseIso("2024-02-29", out var parsed));
        Assert.Equal(date, parsed);
        Assert.False(DateText.TryParseIso("2024-2-29", out _));
        Assert.False(DateText.TryParseIso("2023-02-29", out _));
        Assert.Null(DateText.ParseIsoOrNull("29/02/2024"));
    }

    [Fact]
    public void OptionalFields_EmptyIsAbsentWithoutReject_UnreadableIsAbsentWithReject()
    {
        var rejects = new List<Reject>();

        Assert.Null(FieldParsing.OptionalDecimal("", "mta", rejects));
        Assert.Null(FieldParsing.OptionalIsoDate("", "d", rejects));
        Assert.Empty(rejects);

        Assert.Null(FieldParsing.OptionalDouble("x", "hta", rejects));
        Assert.Null(FieldParsing.OptionalIsoDate("2020-13-01", "d", rejects));
        Assert.Equal([(RejectCode.InvalidNumber, "hta"), (RejectCode.InvalidDate, "d")], rejects.Select(r => (r.Code, r.Field)));
    }

    [Fact]
    public void GoBoolean_Empty_IsRejectedInvalidBoolean()
    {
        var rejects = new List<Reject>();

        Assert.False(FieldParsing.GoBoolean("", "siege", rejects, out _));
        Assert.Equal(RejectCode.InvalidBoolean, Assert.Single(rejects).Code);
    }
}
