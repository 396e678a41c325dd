using SignauxFaibles.Domain.Validation;

namespace SignauxFaibles.Domain.Time;

/// <summary>
/// A URSSAF period: a half-open range of months [<see cref="Start"/>, <see cref="EndExclusive"/>).
/// </summary>
public readonly record struct MonthRange(Month Start, Month EndExclusive)
{
    public int Length => EndExclusive.Index - Start.Index;

    public bool Contains(Month m) => m >= Start && m < EndExclusive;

    public IEnumerable<Month> Months => Month.Range(Start, EndExclusive);
}

/// <summary>
/// URSSAF period codes <c>AAAAXY</c> or <c>AAXY</c> (domain.md §3): X is the quarter (1-4), Y the month
/// within the quarter (1-3), Y = 0 the whole quarter, XY = 62 the whole year; a two-digit year below 50
/// means 20AA, otherwise 19AA.
/// </summary>
public static class UrssafPeriod
{
    public static bool TryParse(ReadOnlySpan<char> code, out MonthRange range, out RejectCode error)
    {
        range = default;
        error = RejectCode.None;
        code = code.Trim();
        int year;
        ReadOnlySpan<char> xy;
        if (code.Length == 6 && AllDigits(code))
        {
            year = Digits(code[..4]);
            xy = code[4..];
        }
        else if (code.Length == 4 && AllDigits(code))
        {
            var yy = Digits(code[..2]);
            year = yy < 50 ? 2000 + yy : 1900 + yy;
            xy = code[2..];
        }
        else
        {
            error = RejectCode.InvalidPeriod;
            return false;
        }

        var x = xy[0] - '0';
        var y = xy[1] - '0';
        if (x == 6 && y == 2)
        {
            range = new MonthRange(Month.Of(year, 1), Month.Of(year + 1, 1));
            return true;
        }

        if (x is < 1 or > 4 || y is < 0 or > 3)
        {
            error = RejectCode.InvalidPeriod;
            return false;
        }

        var firstOfQuarter = Month.Of(year, (x - 1) * 3 + 1);
        range = y == 0
            ? new MonthRange(firstOfQuarter, firstOfQuarter.AddMonths(3))
            : new MonthRange(firstOfQuarter.AddMonths(y - 1), firstOfQuarter.AddMonths(y));
        return true;
    }

    /// <summary>Formats a single month as <c>AAAAXY</c>.</summary>
    public static string Format(Month month)
    {
        var q = (month.MonthOfYear - 1) / 3 + 1;
        var y = (month.MonthOfYear - 1) % 3 + 1;
        return $"{month.Year:D4}{q}{y}";
    }

    /// <summary>Formats a whole quarter as <c>AAAAX0</c>.</summary>
    public static string FormatQuarter(int year, int quarter) => $"{year:D4}{quarter}0";

    internal static bool AllDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return s.Length > 0;
    }

    internal static int Digits(ReadOnlySpan<char> s)
    {
        var v = 0;
        foreach (var c in s)
        {
            v = v * 10 + (c - '0');
        }

        return v;
    }
}
