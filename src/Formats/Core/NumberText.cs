using System.Globalization;

namespace SignauxFaibles.Formats.Core;

/// <summary>
/// Number parsing straight from field spans, without allocating: integers, decimals written with a point
/// or a comma (French exports use both), amounts in cents, and headcounts with thousands separators.
/// </summary>
public static class NumberText
{
    private const NumberStyles DecimalStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    public static bool TryParseInt32(ReadOnlySpan<char> s, out int value) =>
        int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    /// <summary>A decimal with '.' or ',' as decimal separator (no thousands separator), e.g. <c>5065.79</c>, <c>-68231</c>, <c>12,5</c>.</summary>
    public static bool TryParseDecimal(ReadOnlySpan<char> s, out decimal value) => TryParseDecimal(s, acceptComma: true, out value);

    /// <summary>
    /// A decimal as Go's strconv read it (no blanks, no thousands separator, an exponent allowed), with '.'
    /// as decimal separator and, when <paramref name="acceptComma"/>, ',' as well.
    /// </summary>
    public static bool TryParseDecimal(ReadOnlySpan<char> s, bool acceptComma, out decimal value)
    {
        if (TryParseFixed(s, acceptComma, out var mantissa, out var scale))
        {
            value = FromMantissa(mantissa, scale);
            return true;
        }

        // Rare shapes (exponent, very long mantissa): the framework parser, with a comma read as the point.
        if (!acceptComma || !s.Contains(','))
        {
            return decimal.TryParse(s, DecimalStyle, CultureInfo.InvariantCulture, out value);
        }

        Span<char> copy = s.Length <= 128 ? stackalloc char[s.Length] : new char[s.Length];
        s.CopyTo(copy);
        copy.Replace(',', '.');
        return decimal.TryParse(copy, DecimalStyle, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>A finite double as Go's strconv read it: no blanks, no thousands separator, '.' as decimal separator, an exponent allowed.</summary>
    public static bool TryParseDouble(ReadOnlySpan<char> s, out double value) =>
        double.TryParse(s, DecimalStyle, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    /// <summary>
    /// An integer written as a float (<c>559.0</c>), truncated toward zero as the original pipeline did
    /// (DGEFP exports headcounts through float columns).
    /// </summary>
    public static bool TryParseFloatAsInt32(ReadOnlySpan<char> s, out int value)
    {
        if (TryParseDouble(s, out var d) && d is > int.MinValue - 1.0 and < int.MaxValue + 1.0)
        {
            value = (int)Math.Truncate(d);
            return true;
        }

        value = 0;
        return false;
    }

    /// <summary>An amount in cents (URSSAF débits) read as EUR: <c>195907</c> is 1959.07.</summary>
    public static bool TryParseCents(ReadOnlySpan<char> s, out decimal euros)
    {
        if (TryParseFixed(s, acceptComma: true, out var mantissa, out var scale) && scale <= 26)
        {
            euros = FromMantissa(mantissa, scale + 2);
            return true;
        }

        if (TryParseDecimal(s, out var cents))
        {
            euros = cents / 100m;
            return true;
        }

        euros = 0;
        return false;
    }

    /// <summary>
    /// A headcount: digits, possibly with leading zeros (<c>089</c>) and spaces as thousands separators
    /// (<c>1 234</c>, including non-breaking spaces), as the URSSAF effectif exports write them.
    /// </summary>
    public static bool TryParseHeadcount(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        var digits = 0;
        var negative = false;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c is >= '0' and <= '9')
            {
                if (value > (int.MaxValue - 9) / 10)
                {
                    return false;
                }

                value = value * 10 + (c - '0');
                digits++;
            }
            else if (c is ' ' or '\u00A0' or '\u202F' && digits > 0)
            {
                continue;
            }
            else if (c == '-' && i == 0)
            {
                negative = true;
            }
            else
            {
                return false;
            }
        }

        if (negative)
        {
            value = -value;
        }

        return digits > 0;
    }

    /// <summary>Parses <c>[+-]digits[(.|,)digits]</c> with at most 18 digits into a mantissa and a scale.</summary>
    private static bool TryParseFixed(ReadOnlySpan<char> s, bool acceptComma, out long mantissa, out int scale)
    {
        mantissa = 0;
        scale = 0;
        var i = 0;
        var negative = false;
        if (s.Length > 0 && s[0] is '-' or '+')
        {
            negative = s[0] == '-';
            i = 1;
        }

        var digits = 0;
        var seenPoint = false;
        for (; i < s.Length; i++)
        {
            var c = s[i];
            if (c is >= '0' and <= '9')
            {
                if (++digits > 18)
                {
                    return false;
                }

                mantissa = mantissa * 10 + (c - '0');
                if (seenPoint)
                {
                    scale++;
                }
            }
            else if ((c == '.' || (c == ',' && acceptComma)) && !seenPoint)
            {
                seenPoint = true;
            }
            else
            {
                return false;
            }
        }

        if (digits == 0)
        {
            return false;
        }

        if (negative)
        {
            mantissa = -mantissa;
        }

        return true;
    }

    private static decimal FromMantissa(long mantissa, int scale)
    {
        var negative = mantissa < 0;
        var magnitude = negative ? (ulong)-mantissa : (ulong)mantissa;
        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, negative, (byte)scale);
    }
}
