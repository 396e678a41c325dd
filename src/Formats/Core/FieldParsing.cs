using SignauxFaibles.Domain.Validation;

namespace SignauxFaibles.Formats.Core;

/// <summary>
/// Reads one typed field of a line, adding a typed reject when it cannot: an empty required field is
/// <see cref="RejectCode.MissingField"/>, an unreadable one <see cref="RejectCode.InvalidNumber"/> (and so
/// on). The value is quoted in the reject's detail so the dead-letter message says what was wrong.
/// </summary>
public static class FieldParsing
{
    public static bool Required(ReadOnlySpan<char> value, string field, List<Reject> rejects)
    {
        if (!value.IsEmpty)
        {
            return true;
        }

        rejects.Add(Missing(field));
        return false;
    }

    public static bool Int32(ReadOnlySpan<char> value, string field, List<Reject> rejects, out int result)
    {
        if (NumberText.TryParseInt32(value, out result))
        {
            return true;
        }

        rejects.Add(value.IsEmpty ? Missing(field) : Invalid(RejectCode.InvalidNumber, field, value, "an integer"));
        return false;
    }

    /// <summary>An integer that may be absent: empty gives null.</summary>
    public static bool OptionalInt32(ReadOnlySpan<char> value, string field, List<Reject> rejects, out int? result)
    {
        result = null;
        if (value.IsEmpty)
        {
            return true;
        }

        if (NumberText.TryParseInt32(value, out var v))
        {
            result = v;
            return true;
        }

        rejects.Add(Invalid(RejectCode.InvalidNumber, field, value, "an integer"));
        return false;
    }

    public static bool Decimal(ReadOnlySpan<char> value, string field, List<Reject> rejects, out decimal result)
    {
        if (NumberText.TryParseDecimal(value, out result))
        {
            return true;
        }

        rejects.Add(value.IsEmpty ? Missing(field) : Invalid(RejectCode.InvalidNumber, field, value, "a number"));
        return false;
    }

    /// <summary>An amount in cents, returned in EUR.</summary>
    public static bool Cents(ReadOnlySpan<char> value, string field, List<Reject> rejects, out decimal euros)
    {
        if (NumberText.TryParseCents(value, out euros))
        {
            return true;
        }

        rejects.Add(value.IsEmpty ? Missing(field) : Invalid(RejectCode.InvalidNumber, field, value, "an amount in cents"));
        return false;
    }

    public static bool Boolean(ReadOnlySpan<char> value, string field, List<Reject> rejects, out bool result)
    {
        if (BooleanText.TryParse(value, out result))
        {
            return true;
        }

        rejects.Add(Invalid(RejectCode.InvalidBoolean, field, value, "a boolean"));
        return false;
    }

    public static bool DayMonthYear(ReadOnlySpan<char> value, string field, List<Reject> rejects, out DateOnly result)
    {
        if (DateText.TryParseDayMonthYear(value, out result))
        {
            return true;
        }

        rejects.Add(value.IsEmpty ? Missing(field) : Invalid(RejectCode.InvalidDate, field, value, "a date dd/MM/yyyy"));
        return false;
    }

    public static Reject Missing(string field) => new(RejectCode.MissingField, field, $"{field} is empty");

    public static Reject Invalid(RejectCode code, string field, ReadOnlySpan<char> value, string expected) =>
        new(code, field, $"'{value}' is not {expected}");
}
