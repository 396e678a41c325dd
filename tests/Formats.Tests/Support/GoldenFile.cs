using System.Globalization;

namespace SignauxFaibles.Formats.Tests.Support;

/// <summary>
/// A <c>pipeline/test-import.&lt;source&gt;.golden.txt</c> of the original end-to-end import test: a
/// <c>==== name.csv ====</c> title, a comma-separated header, then one row per parsed record.
/// </summary>
public sealed record GoldenFile(IReadOnlyList<string> Header, IReadOnlyList<string[]> Rows)
{
    public static GoldenFile Load(string path)
    {
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0).ToList();
        Assert.StartsWith("====", lines[0], StringComparison.Ordinal);
        var header = lines[1].Split(',');
        var rows = lines.Skip(2).Select(l => l.Split(',')).ToList();
        foreach (var row in rows)
        {
            Assert.True(row.Length == header.Length, $"{path}: row '{string.Join(',', row)}' does not have {header.Length} fields");
        }

        return new GoldenFile(header, rows);
    }

    /// <summary>
    /// Asserts our rows equal the golden rows, in order, as text; decimal amounts may differ only by
    /// trailing zeros (<c>1959.07</c> = <c>1959.070</c>). Identifiers are never compared as numbers.
    /// </summary>
    public void AssertRowsEqual(IReadOnlyList<string[]> ours, string source)
    {
        Assert.True(Rows.Count == ours.Count, $"{source}: {ours.Count} records where the golden file has {Rows.Count}");
        for (var i = 0; i < Rows.Count; i++)
        {
            Assert.True(Rows[i].Length == ours[i].Length, $"{source} row {i + 1}: {ours[i].Length} fields, golden has {Rows[i].Length}");
            for (var j = 0; j < Header.Count; j++)
            {
                var golden = Rows[i][j];
                var actual = ours[i][j];
                var same = golden == actual
                    || ((golden.Contains('.', StringComparison.Ordinal) || actual.Contains('.', StringComparison.Ordinal))
                        && decimal.TryParse(golden, NumberStyles.Number, CultureInfo.InvariantCulture, out var g)
                        && decimal.TryParse(actual, NumberStyles.Number, CultureInfo.InvariantCulture, out var a)
                        && g == a);
                Assert.True(same, $"{source} row {i + 1}, column {Header[j]}: golden '{golden}', ours '{actual}'");
            }
        }
    }
}
