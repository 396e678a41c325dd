using System.Globalization;

namespace SignauxFaibles.Formats.Core;

/// <summary>
/// Date layouts of partner exports other than the URSSAF year-1900 one: <c>yyyy-MM-dd</c>,
/// <c>dd/MM/yyyy</c> and <c>ddMMMyyyy</c> with an English month abbreviation (<c>26MAY2014</c>,
/// SAS-style). Parsed from spans, formatted into spans.
/// </summary>
public static class DateText
{
    private static readonly string[] MonthAbbreviations = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

    /// <summary>Parses <c>yyyy-MM-dd</c> exactly (Go's <c>time.Parse("2006-01-02")</c> in the original pipeline).</summary>
    public static bool TryParseIso(ReadOnlySpan<char> s, out DateOnly date) =>
        DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>A <c>yyyy-MM-dd</c> date, or null when empty or unreadable (for fields the original pipeline read leniently).</summary>
    public static DateOnly? ParseIsoOrNull(ReadOnlySpan<char> s) => TryParseIso(s, out var date) ? date : null;

    /// <summary>Writes <c>yyyy-MM-dd</c>; returns the number of chars written (10), 0 when it does not fit.</summary>
    public static int FormatIso(DateOnly date, Span<char> destination)
    {
        if (destination.Length < 10)
        {
            return 0;
        }

        AsciiDigits.WriteFour(destination, date.Year);
        destination[4] = '-';
        AsciiDigits.WriteTwo(destination[5..], date.Month);
        destination[7] = '-';
        AsciiDigits.WriteTwo(destination[8..], date.Day);
        return 10;
    }

    /// <summary>Parses <c>dd/MM/yyyy</c> (a one-digit day or month is accepted).</summary>
    public static bool TryParseDayMonthYear(ReadOnlySpan<char> s, out DateOnly date)
    {
        date = default;
        var first = s.IndexOf('/');
        if (first <= 0)
        {
            return false;
        }

        var rest = s[(first + 1)..];
        var second = rest.IndexOf('/');
        if (second <= 0)
        {
            return false;
        }

        var yearText = rest[(second + 1)..];
        return yearText.Length == 4
            && AsciiDigits.TryParse(s[..first], 2, out var day)
            && AsciiDigits.TryParse(rest[..second], 2, out var month)
            && AsciiDigits.TryParse(yearText, 4, out var year)
            && TryMake(year, month, day, out date);
    }

    /// <summary>Parses <c>ddMMMyyyy</c>, e.g. <c>26MAY2014</c> (month abbreviation in any case).</summary>
    public static bool TryParseDayMonthNameYear(ReadOnlySpan<char> s, out DateOnly date)
    {
        date = default;
        if (s.Length != 9 || !AsciiDigits.TryParse(s[..2], 2, out var day) || !AsciiDigits.TryParse(s[5..], 4, out var year))
        {
            return false;
        }

        var name = s.Slice(2, 3);
        for (var m = 0; m < MonthAbbreviations.Length; m++)
        {
            if (name.Equals(MonthAbbreviations[m], StringComparison.OrdinalIgnoreCase))
            {
                return TryMake(year, m + 1, day, out date);
            }
        }

        return false;
    }

    /// <summary>Writes <c>dd/MM/yyyy</c>; returns the number of chars written (10), 0 when it does not fit.</summary>
    public static int FormatDayMonthYear(DateOnly date, Span<char> destination)
    {
        if (destination.Length < 10 || date.Year > 9999)
        {
            return 0;
        }

        AsciiDigits.WriteTwo(destination, date.Day);
        destination[2] = '/';
        AsciiDigits.WriteTwo(destination[3..], date.Month);
        destination[5] = '/';
        AsciiDigits.WriteFour(destination[6..], date.Year);
        return 10;
    }

    /// <summary>Writes <c>ddMMMyyyy</c> with an upper-case month abbreviation; returns 9, or 0 when it does not fit.</summary>
    public static int FormatDayMonthNameYear(DateOnly date, Span<char> destination)
    {
        if (destination.Length < 9)
        {
            return 0;
        }

        AsciiDigits.WriteTwo(destination, date.Day);
        MonthAbbreviations[date.Month - 1].AsSpan().CopyTo(destination[2..]);
        AsciiDigits.WriteFour(destination[5..], date.Year);
        return 9;
    }

    private static bool TryMake(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }
}
