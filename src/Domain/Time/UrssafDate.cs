using SignauxFaibles.Domain.Validation;

namespace SignauxFaibles.Domain.Time;

/// <summary>
/// URSSAF dates <c>(A)AAMMJJ</c> whose year is counted from 1900: <c>1160318</c> is 2016-03-18,
/// <c>990401</c> is 1999-04-01 (domain.md §3).
/// </summary>
public static class UrssafDate
{
    public static bool TryParse(ReadOnlySpan<char> text, out DateOnly date, out RejectCode error)
    {
        date = default;
        error = RejectCode.None;
        text = text.Trim();
        if (text.Length is < 5 or > 7 || !UrssafPeriod.AllDigits(text))
        {
            error = RejectCode.InvalidDate;
            return false;
        }

        var day = UrssafPeriod.Digits(text[^2..]);
        var month = UrssafPeriod.Digits(text[^4..^2]);
        var year = 1900 + UrssafPeriod.Digits(text[..^4]);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            error = RejectCode.InvalidDate;
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    public static string Format(DateOnly date) => $"{date.Year - 1900}{date.Month:D2}{date.Day:D2}";
}
