using SignauxFaibles.Domain.Time;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Formats.Core;

namespace SignauxFaibles.Formats.Urssaf;

/// <summary>
/// URSSAF period codes and year-1900 dates as the URSSAF files carry them, read from and written to spans.
/// Parsing defers to the domain's <see cref="UrssafPeriod"/> and <see cref="UrssafDate"/>; formatting here
/// writes into caller buffers so the writers do not allocate.
/// </summary>
public static class UrssafCodes
{
    /// <summary>
    /// Reads a period code. Codes the domain accepts are read as it says. Besides, like the original
    /// pipeline (which let Go's date normalisation absorb them), a code whose month within the quarter
    /// overflows (<c>199904</c>: quarter 0, month 4) is read as month (X - 1) * 3 + Y of the year when that
    /// lands within the year; the conformance corpus relies on it (docs/conformance.md).
    /// </summary>
    public static bool TryParsePeriod(ReadOnlySpan<char> code, out MonthRange range)
    {
        if (UrssafPeriod.TryParse(code, out range, out _))
        {
            return true;
        }

        if (code.Length is not (4 or 6) || !AsciiDigits.TryParse(code, 6, out var digits))
        {
            return false;
        }

        // AAAAXY or AAXY: the year, then the quarter X and the month Y within it.
        var year = digits / 100;
        if (code.Length == 4)
        {
            year += year < 50 ? 2000 : 1900;
        }

        var x = digits / 10 % 10;
        var y = digits % 10;
        var month = (x - 1) * 3 + y;
        if (y == 0 || month is < 1 or > 12)
        {
            return false;
        }

        var start = Month.Of(year, month);
        range = new MonthRange(start, start.Next);
        return true;
    }

    /// <summary>
    /// Writes the code of a period: <c>AAAAXY</c> for one month, <c>AAAAX0</c> for a calendar quarter,
    /// <c>AAAA62</c> for a calendar year. Returns the chars written (6), or 0 when the range is none of
    /// those or the year is not 4 digits.
    /// </summary>
    public static int FormatPeriod(MonthRange range, Span<char> destination)
    {
        var start = range.Start;
        if (destination.Length < 6 || start.Year is < 0 or > 9999)
        {
            return 0;
        }

        int x, y;
        var m = start.MonthOfYear;
        switch (range.Length)
        {
            case 1:
                x = (m - 1) / 3 + 1;
                y = (m - 1) % 3 + 1;
                break;
            case 3 when (m - 1) % 3 == 0:
                x = (m - 1) / 3 + 1;
                y = 0;
                break;
            case 12 when m == 1:
                x = 6;
                y = 2;
                break;
            default:
                return 0;
        }

        AsciiDigits.WriteFour(destination, start.Year);
        destination[4] = (char)('0' + x);
        destination[5] = (char)('0' + y);
        return 6;
    }

    /// <summary>Writes a date as <c>(A)AAMMJJ</c> with the year counted from 1900; 0 when before 1900 or too far.</summary>
    public static int FormatDate(DateOnly date, Span<char> destination)
    {
        var y = date.Year - 1900;
        if (y is < 0 or > 999)
        {
            return 0;
        }

        var yearDigits = y >= 100 ? 3 : 2;
        if (destination.Length < yearDigits + 4)
        {
            return 0;
        }

        if (yearDigits == 3)
        {
            destination[0] = (char)('0' + y / 100);
            destination = destination[1..];
        }

        AsciiDigits.WriteTwo(destination, y % 100);
        AsciiDigits.WriteTwo(destination[2..], date.Month);
        AsciiDigits.WriteTwo(destination[4..], date.Day);
        return yearDigits + 4;
    }

    public static bool TryParseDate(ReadOnlySpan<char> text, out DateOnly date) => UrssafDate.TryParse(text, out date, out _);

    /// <summary>Reads a required period field, adding the reject when it cannot.</summary>
    internal static bool Period(ReadOnlySpan<char> value, string field, List<Reject> rejects, out MonthRange range)
    {
        if (TryParsePeriod(value, out range))
        {
            return true;
        }

        rejects.Add(value.IsEmpty ? Core.FieldParsing.Missing(field) : Core.FieldParsing.Invalid(RejectCode.InvalidPeriod, field, value, "a URSSAF period AAAAXY/AAXY"));
        return false;
    }

    /// <summary>Reads a required year-1900 date field, adding the reject when it cannot.</summary>
    internal static bool Date(ReadOnlySpan<char> value, string field, List<Reject> rejects, out DateOnly date)
    {
        if (TryParseDate(value, out date))
        {
            return true;
        }

        rejects.Add(value.IsEmpty ? Core.FieldParsing.Missing(field) : Core.FieldParsing.Invalid(RejectCode.InvalidDate, field, value, "a URSSAF date (A)AAMMJJ"));
        return false;
    }
}
