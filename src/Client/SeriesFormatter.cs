using System.Text;
using SignauxFaibles.Contracts;

namespace SignauxFaibles.Client;

/// <summary>The firm page's chart series as a table: one row per month, one column per series.</summary>
internal static class SeriesFormatter
{
    private const int ColumnWidth = 14;

    public static string Format(FirmSeries series)
    {
        var t = new StringBuilder();
        t.AppendLine();
        t.AppendLine($"Séries sur {series.Months} mois:");
        t.Append("  mois    ");
        foreach (var s in series.Series)
        {
            t.Append(Header(s.Label));
        }

        t.AppendLine();
        for (var i = 0; i < series.Months; i++)
        {
            t.Append($"  {series.From.AddMonths(i)} ");
            foreach (var s in series.Series)
            {
                t.Append(Cell(i < s.Values.Length ? s.Values[i] : double.NaN));
            }

            t.AppendLine();
        }

        return t.ToString();
    }

    private static string Header(string label) =>
        (label.Length > ColumnWidth - 1 ? label[..(ColumnWidth - 1)] : label).PadLeft(ColumnWidth);

    private static string Cell(double value) =>
        (double.IsNaN(value) ? "·" : value.ToString(Math.Abs(value) >= 100 ? "#,0" : "0.##", FrenchNumbers.Format)).PadLeft(ColumnWidth);
}
