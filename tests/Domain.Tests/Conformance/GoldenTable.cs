using System.Globalization;

namespace SignauxFaibles.Domain.Tests.Conformance;

/// <summary>
/// A table of the original pipeline's golden files: either a parsed-record file
/// (<c>test-import.*</c>: "==== x.csv ====" then a comma-separated header and rows) or a clean view
/// (<c>test-export.*</c>: tab-separated columns padded with spaces).
/// </summary>
internal sealed class GoldenTable
{
    private readonly Dictionary<string, int> _columns;

    private GoldenTable(string[] header, List<string[]> rows)
    {
        _columns = header.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => x.i, StringComparer.Ordinal);
        Rows = rows;
    }

    public IReadOnlyList<string[]> Rows { get; }

    public static GoldenTable Import(string source)
    {
        var lines = File.ReadAllLines(ConformanceFiles.Path($"pipeline/test-import.{source}.golden.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith("====", StringComparison.Ordinal))
            .ToList();
        return new GoldenTable(lines[0].Split(','), lines.Skip(1).Select(l => l.Split(',')).ToList());
    }

    public static GoldenTable Export(string view)
    {
        var lines = File.ReadAllLines(ConformanceFiles.Path($"pipeline/test-export.{view}.golden.txt"))
            .Where(l => l.Trim().Length > 0)
            .ToList();
        static string[] Cells(string line) => line.Split('\t').Select(c => c.Trim()).ToArray();
        return new GoldenTable(Cells(lines[0]), lines.Skip(1).Select(Cells).ToList());
    }

    public string Get(string[] row, string column) => row[_columns[column]];

    public static DateOnly Date(string text) => DateOnly.ParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static decimal Decimal(string text) => decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    public static double Double(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    public static int Int(string text) => int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture);
}
