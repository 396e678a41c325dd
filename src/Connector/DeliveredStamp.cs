using System.Globalization;

namespace SignauxFaibles.Connector;

/// <summary>
/// When a partner delivered a file, from <c>--delivered</c>: a date (<c>2024-03-20</c>) or a timestamp
/// (<c>2024-03-20T14:05</c>, <c>2024-03-20T14:05:30+01:00</c>, <c>2024-03-20 14:05:30Z</c>). The day is the
/// date as written (the partner's own calendar day); the time of day, when given, orders two deliveries of
/// the same day (docs/events.md, "Same-day corrections").
/// </summary>
internal readonly record struct DeliveredStamp(DateOnly Day, TimeOnly? TimeOfDay)
{
    private static readonly string[] DateTimeFormats =
    [
        "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF",
    ];

    public static bool TryParse(string text, out DeliveredStamp stamp)
    {
        stamp = default;
        text = text.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            stamp = new DeliveredStamp(day, null);
            return true;
        }

        if (DateTime.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            stamp = new DeliveredStamp(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));
            return true;
        }

        // With an offset or Z: the date and time as written in that offset, not converted.
        if (text.Length > 10 && (text[10] == 'T' || text[10] == ' ')
            && DateTimeOffset.TryParse(text.Replace(' ', 'T'), CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset))
        {
            stamp = new DeliveredStamp(DateOnly.FromDateTime(withOffset.DateTime), TimeOnly.FromDateTime(withOffset.DateTime));
            return true;
        }

        return false;
    }

    public override string ToString() =>
        TimeOfDay is { } t ? $"{Day:yyyy-MM-dd} {t:HH:mm:ss}" : $"{Day:yyyy-MM-dd}";
}
