using SignauxFaibles.Formats.Core;

namespace SignauxFaibles.Formats.Tests.Core;

public class DelimitedLineWriterDialectTests
{
    private static string Write(DelimitedDialect? dialect, Action<DelimitedLineWriter> fields, string newLine = "\n")
    {
        var text = new StringWriter();
        var line = new DelimitedLineWriter(text, dialect, newLine);
        fields(line);
        line.EndLine();
        return text.ToString();
    }

    [Fact]
    public void Field_LineBreakWhereQuotedFieldsMayHoldThem_IsKept()
    {
        Assert.Equal("\"a\nb\",\"c\r\nd\"\n", Write(DelimitedDialect.GoCsv(','), l =>
        {
            l.Field("a\nb");
            l.Field("c\r\nd");
        }));
    }

    [Fact]
    public void Field_LineBreakWhereARecordIsOneLine_BecomesASpace() =>
        Assert.Equal("\"a b\"\n", Write(null, l => l.Quoted("a\nb")));

    [Fact]
    public void Quoted_AlwaysQuotesEvenEmptyOrNull() =>
        Assert.Equal("\"\",\"\",\"x\",\"say \"\"hi\"\"\"\r\n", Write(DelimitedDialect.GoCsv(','), l =>
        {
            l.Quoted((string?)null);
            l.Quoted("");
            l.Quoted("x");
            l.Quoted("say \"hi\"");
        }, "\r\n"));

    [Fact]
    public void WriteQuotedLine_QuotesEveryName()
    {
        var text = new StringWriter();
        new DelimitedLineWriter(text, DelimitedDialect.GoCsv(',')).WriteQuotedLine(["A", "B"]);

        Assert.Equal("\"A\",\"B\"\n", text.ToString());
    }

    [Fact]
    public void OptionalValuesAndIsoDates_AreWrittenOrLeftEmpty() =>
        Assert.Equal("12.50;;2024-02-29;;7\n", Write(null, l =>
        {
            l.Field((decimal?)12.50m);
            l.Field((int?)null);
            l.IsoDate(new DateOnly(2024, 2, 29));
            l.IsoDate(null);
            l.Field((long?)7);
        }));
}
