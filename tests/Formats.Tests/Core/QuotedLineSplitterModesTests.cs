using SignauxFaibles.Formats.Core;

namespace SignauxFaibles.Formats.Tests.Core;

public class QuotedLineSplitterModesTests
{
    [Theory]
    [InlineData("a,\"b,c\",\"d\"\"e\"", QuoteMode.Strict, new[] { "a", "b,c", "d\"e" })]
    [InlineData("a,\"b,c\",\"d\"\"e\"", QuoteMode.Lenient, new[] { "a", "b,c", "d\"e" })]
    [InlineData("a\"b,\"c\"d\",", QuoteMode.Lenient, new[] { "a\"b", "c\"d", "" })]
    [InlineData("\"x\"\"\"\"y\"", QuoteMode.Lenient, new[] { "x\"\"y" })]
    public void Split_WellFormedForTheMode_GivesUnquotedFields(string record, QuoteMode mode, string[] expected)
    {
        var fields = new SplitFields();

        Assert.Equal(SplitOutcome.Ok, QuotedLineSplitter.Split(record, ',', mode, fields, out _));
        Assert.Equal(expected, fields.ToArray());
    }

    [Theory]
    [InlineData("a,b\"c", QuoteMode.Strict, nameof(SplitOutcome.BareQuote), 2)]
    [InlineData("a,\"b\"c", QuoteMode.Strict, nameof(SplitOutcome.TextAfterClosingQuote), 2)]
    [InlineData("a,\"b", QuoteMode.Strict, nameof(SplitOutcome.Unterminated), 2)]
    [InlineData("a,\"b\"c", QuoteMode.Lenient, nameof(SplitOutcome.Unterminated), 2)]
    [InlineData("\"b\"\"", QuoteMode.Lenient, nameof(SplitOutcome.Unterminated), 1)]
    public void Split_Malformed_SaysHowAndWhere(string record, QuoteMode mode, string outcome, int column)
    {
        Assert.Equal(Enum.Parse<SplitOutcome>(outcome), QuotedLineSplitter.Split(record, ',', mode, new SplitFields(), out var at));
        Assert.Equal(column, at);
    }

    [Fact]
    public void Split_ReusedBuffer_HoldsOnlyTheLastRecord()
    {
        var fields = new SplitFields();
        QuotedLineSplitter.Split(string.Join(',', Enumerable.Repeat("\"" + new string('x', 100) + "\"", 40)), ',', QuoteMode.Strict, fields, out _);

        QuotedLineSplitter.Split("\"a\",b", ',', QuoteMode.Strict, fields, out _);

        Assert.Equal(["a", "b"], fields.ToArray());
    }
}
