using CsCheck;
using SignauxFaibles.Formats.Core;
using SignauxFaibles.Formats.Tests.Support;

namespace SignauxFaibles.Formats.Tests.Core;

/// <summary>What the line writer writes in a dialect, the reading core reads back field for field (property tests).</summary>
public class DelimitedDialectRoundTripTests
{
    // Separators, quotes, blanks and line breaks: everything that needs quoting (no lone '\r': a line end).
    private static readonly Gen<string> Value = Gen.Char["ab,;\" \n"].Array[0, 8].Select(a => new string(a));

    private static readonly Gen<string[][]> Rows = Value.Array[3].List[0, 20].Select(rows => rows.ToArray());

    [Theory]
    [InlineData(QuoteMode.Strict)]
    [InlineData(QuoteMode.Lenient)]
    public void VerbatimDialect_WrittenThenRead_GivesBackEveryField(QuoteMode quotes)
    {
        var dialect = DelimitedDialect.GoCsv(',', quotes);
        Rows.Sample(rows =>
        {
            var text = new StringWriter();
            var line = new DelimitedLineWriter(text, dialect);
            line.WriteLine(["a", "b", "c"]);
            foreach (var row in rows)
            {
                foreach (var value in row)
                {
                    line.Field(value);
                }

                line.EndLine();
            }

            var reader = new RecordingReader(dialect);
            var (results, report) = ReadAll.Text(reader, text.ToString());

            Assert.Empty(results);
            Assert.Null(report.Fatal);
            Assert.Equal(rows, reader.Records.Select(r => r.Fields));
        }, iter: 200);
    }
}
