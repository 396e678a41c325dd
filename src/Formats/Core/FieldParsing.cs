using SignauxFaibles.Domain.Validation;

namespace SignauxFaibles.Formats.Core;

/// <summary>
/// Reads one typed field of a record, adding a typed reject when it cannot: an empty required field is
/// <see cref="RejectCode.MissingField"/>, an unreadable one <see cref="RejectCode.InvalidNumber"/> (and so
/// on). The value is quoted in the reject's detail so the dead-letter message says what was wrong.
/// Required fields come back through an <c>out</c> parameter with success as the result; optional ones
/// (empty means absent) as a nullable, null when absent or unreadable (the reject says which).
/// </summary>
public static class FieldParsing
{
    public static bool Required(ReadOnlySpan<char> value, string field, List<Reject> rejects) =>
        !value.IsEmpty || Add(rejects, Missing(field));

    public static bool Int32(ReadOnlySpan<char> value, string field, List<Reject> rejects, out int result) =>
        NumberText.TryParseInt32(value, out result) || Refuse(rejects, RejectCode.InvalidNumber, field, value, "an integer");

    /// <summary>A decimal with '.' or ',' as decimal separator.</summary>
    public static bool Decimal(ReadOnlySpan<char> value, string field, List<Reject> rejects, out decimal result) =>
        NumberText.TryParseDecimal(value, out result) || Refuse(rejects, RejectCode.InvalidNumber, field, value, "a number");

    /// <summary>An amount in cents, returned in EUR.</summary>
    public static bool Cents(ReadOnlySpan<char> value, string field, List<Reject> rejects, out decimal euros) =>
        NumberText.TryParseCents(value, out euros) || Refuse(rejects, RejectCode.InvalidNumber, field, value, "an amount in cents");

    /// <summary>A boolean in the partner spellings of <see cref="BooleanText.TryParse"/> (empty is false).</summary>
    public static bool Boolean(ReadOnlySpan<char> value, string field, List<Reject> rejects, out bool result) =>
        BooleanText.TryParse(value, out result) || Add(rejects, Invalid(RejectCode.InvalidBoolean, field, value, "a boolean"));

    /// <summary>A boolean in Go's spellings (<see cref="BooleanText.TryParseGo"/>); empty is not a boolean either.</summary>
    public static bool GoBoolean(ReadOnlySpan<char> value, string field, List<Reject> rejects, out bool result) =>
        BooleanText.TryParseGo(value, out result) || Add(rejects, Invalid(RejectCode.InvalidBoolean, field, value, "a boolean"));

    public static bool DayMonthYear(ReadOnlySpan<char> value, string field, List<Reject> rejects, out DateOnly result) =>
        DateText.TryParseDayMonthYear(value, out result) || Refuse(rejects, RejectCode.InvalidDate, field, value, "a date dd/MM/yyyy");

    public static bool IsoDate(ReadOnlySpan<char> value, string field, List<Reject> rejects, out DateOnly result) =>
        DateText.TryParseIso(value, out result) || Refuse(rejects, RejectCode.InvalidDate, field, value, "a yyyy-MM-dd date");

    public static DateOnly? OptionalIsoDate(ReadOnlySpan<char> value, string field, List<Reject> rejects) =>
        value.IsEmpty ? null
        : DateText.TryParseIso(value, out var date) ? date
        : Absent<DateOnly>(rejects, Invalid(RejectCode.InvalidDate, field, value, "a yyyy-MM-dd date"));

    public static int? OptionalInt32(ReadOnlySpan<char> value, string field, List<Reject> rejects) =>
        value.IsEmpty ? null
        : NumberText.TryParseInt32(value, out var v) ? v
        : Absent<int>(rejects, Invalid(RejectCode.InvalidNumber, field, value, "an integer"));

    /// <summary>An integer written as a float (<c>559.0</c>), truncated (<see cref="NumberText.TryParseFloatAsInt32"/>).</summary>
    public static int? OptionalFloatAsInt32(ReadOnlySpan<char> value, string field, List<Reject> rejects) =>
        value.IsEmpty ? null
        : NumberText.TryParseFloatAsInt32(value, out var v) ? v
        : Absent<int>(rejects, Invalid(RejectCode.InvalidNumber, field, value, "a number"));

    public static double? OptionalDouble(ReadOnlySpan<char> value, string field, List<Reject> rejects) =>
        value.IsEmpty ? null
        : NumberText.TryParseDouble(value, out var v) ? v
        : Absent<double>(rejects, Invalid(RejectCode.InvalidNumber, field, value, "a number"));

    /// <summary>A decimal with '.' as decimal separator and, when <paramref name="acceptComma"/>, ',' as well.</summary>
    public static decimal? OptionalDecimal(ReadOnlySpan<char> value, string field, List<Reject> rejects, bool acceptComma = false) =>
        value.IsEmpty ? null
        : NumberText.TryParseDecimal(value, acceptComma, out var v) ? v
        : Absent<decimal>(rejects, Invalid(RejectCode.InvalidNumber, field, value, "a decimal number"));

    public static Reject Missing(string field) => new(RejectCode.MissingField, field, $"{field} is empty");

    public static Reject Invalid(RejectCode code, string field, ReadOnlySpan<char> value, string expected) =>
        new(code, field, $"'{value}' is not {expected}");

    /// <summary>Adds why a required field cannot be read (missing when empty) and returns false.</summary>
    private static bool Refuse(List<Reject> rejects, RejectCode code, string field, ReadOnlySpan<char> value, string expected) =>
        Add(rejects, value.IsEmpty ? Missing(field) : Invalid(code, field, value, expected));

    private static bool Add(List<Reject> rejects, Reject reject)
    {
        rejects.Add(reject);
        return false;
    }

    private static T? Absent<T>(List<Reject> rejects, Reject reject)
        where T : struct
    {
        rejects.Add(reject);
        return null;
    }
}
