using System.Globalization;
using System.Text.Json.Serialization;
using Orleans;

namespace SignauxFaibles.Domain.Time;

/// <summary>
/// A calendar month, the grain of every monthly rule (SIREN x month). Stored as a single integer
/// (<c>year * 12 + month - 1</c>) so month arithmetic and array indexing are cheap.
/// Serialised in JSON as <c>"yyyy-MM"</c>.
/// </summary>
[GenerateSerializer, Immutable, Alias("sf.Month")]
[JsonConverter(typeof(MonthJsonConverter))]
public readonly record struct Month : IComparable<Month>
{
    [Id(0)] public int Index { get; init; }

    public Month(int index) => Index = index;

    public static Month Of(int year, int month)
    {
        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "month must be 1..12");
        }

        return new Month(year * 12 + month - 1);
    }

    public static Month From(DateOnly date) => Of(date.Year, date.Month);

    public int Year => Index / 12;

    public int MonthOfYear => Index % 12 + 1;

    public DateOnly FirstDay => new(Year, MonthOfYear, 1);

    /// <summary>The first day of the following month (exclusive end of this month).</summary>
    public DateOnly EndExclusive => AddMonths(1).FirstDay;

    public Month AddMonths(int months) => new(Index + months);

    public Month Next => new(Index + 1);

    public Month Previous => new(Index - 1);

    /// <summary>Number of months from <paramref name="other"/> to this month.</summary>
    public int MonthsSince(Month other) => Index - other.Index;

    public int CompareTo(Month other) => Index.CompareTo(other.Index);

    public static bool operator <(Month a, Month b) => a.Index < b.Index;

    public static bool operator >(Month a, Month b) => a.Index > b.Index;

    public static bool operator <=(Month a, Month b) => a.Index <= b.Index;

    public static bool operator >=(Month a, Month b) => a.Index >= b.Index;

    public static Month Min(Month a, Month b) => a.Index <= b.Index ? a : b;

    public static Month Max(Month a, Month b) => a.Index >= b.Index ? a : b;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{MonthOfYear:D2}");

    /// <summary>Parses <c>yyyy-MM</c> (or a full ISO date, whose day is ignored).</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out Month month)
    {
        month = default;
        if (text.Length < 7 || text[4] != '-')
        {
            return false;
        }

        if (!int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || !int.TryParse(text.Slice(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || m is < 1 or > 12)
        {
            return false;
        }

        month = Of(y, m);
        return true;
    }

    public static Month Parse(string text) =>
        TryParse(text, out var m) ? m : throw new FormatException($"'{text}' is not a month (yyyy-MM)");

    /// <summary>Enumerates the months from <paramref name="start"/> (inclusive) to <paramref name="endExclusive"/>.</summary>
    public static IEnumerable<Month> Range(Month start, Month endExclusive)
    {
        for (var i = start.Index; i < endExclusive.Index; i++)
        {
            yield return new Month(i);
        }
    }
}
