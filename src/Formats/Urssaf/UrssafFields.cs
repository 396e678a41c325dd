using SignauxFaibles.Domain.Time;
using SignauxFaibles.Formats.Core;

namespace SignauxFaibles.Formats.Urssaf;

/// <summary>
/// Writes URSSAF-specific fields (period codes, year-1900 dates, amounts in cents) into a line. A value the
/// native layout cannot carry is a caller error: the line is dropped and an <see cref="ArgumentException"/> thrown.
/// </summary>
internal static class UrssafFields
{
    public static void Period(this DelimitedLineWriter line, Month start, Month endExclusive, string field)
    {
        var room = line.Reserve(6);
        var written = UrssafCodes.FormatPeriod(new MonthRange(start, endExclusive), room);
        if (written == 0)
        {
            line.DiscardLine();
            throw new ArgumentException($"{field}: {start}..{endExclusive} is not a month, a calendar quarter or a calendar year", field);
        }

        line.Commit(written);
    }

    public static void UrssafDate(this DelimitedLineWriter line, DateOnly date, string field)
    {
        var room = line.Reserve(7);
        var written = UrssafCodes.FormatDate(date, room);
        if (written == 0)
        {
            line.DiscardLine();
            throw new ArgumentException($"{field}: {date:yyyy-MM-dd} cannot be written as a year-1900 date", field);
        }

        line.Commit(written);
    }

    public static void Cents(this DelimitedLineWriter line, decimal euros, string field)
    {
        var cents = euros * 100m;
        if (cents != decimal.Truncate(cents) || Math.Abs(cents) > long.MaxValue)
        {
            line.DiscardLine();
            throw new ArgumentException($"{field}: {euros} EUR is not a whole number of cents", field);
        }

        line.Field((long)cents);
    }
}
