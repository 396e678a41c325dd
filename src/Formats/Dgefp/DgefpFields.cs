using System.Buffers;
using System.Globalization;
using SignauxFaibles.Formats.Core;

namespace SignauxFaibles.Formats.Dgefp;

/// <summary>
/// How the DGEFP exports spell their values: numbers as a pandas float column writes them (an integral
/// value gets a <c>.0</c>: <c>559.0</c>), codes and dates as quoted text (<c>"1"</c>, <c>"2020-03-16"</c>);
/// an absent number is an empty cell, an absent text an empty quoted one.
/// </summary>
internal static class DgefpFields
{
    private static readonly SearchValues<char> IntegerChars = SearchValues.Create("-0123456789");

    /// <summary>A number as a float column writes it: <c>559.0</c>, <c>12.5</c>, <c>1E+20</c> (invariant culture, shortest round-trip form).</summary>
    public static void FloatStyle<T>(this DelimitedLineWriter line, T value)
        where T : struct, ISpanFormattable
    {
        // Room for the longest of them: a decimal (29 digits, sign, point) or a double (24 chars), and ".0".
        var room = line.Reserve(34);
        value.TryFormat(room, out var written, default, CultureInfo.InvariantCulture);

        // Only an integral number written with digits alone gets ".0" (not 12.5, 1E+20, NaN or Infinity).
        if (!room[..written].ContainsAnyExcept(IntegerChars))
        {
            room[written++] = '.';
            room[written++] = '0';
        }

        line.Commit(written);
    }

    /// <summary>An optional number as a float column writes it; an empty cell when absent.</summary>
    public static void FloatStyle<T>(this DelimitedLineWriter line, T? value)
        where T : struct, ISpanFormattable
    {
        if (value is { } v)
        {
            line.FloatStyle(v);
        }
        else
        {
            line.Empty();
        }
    }

    public static void Quoted(this DelimitedLineWriter line, int? value)
    {
        Span<char> text = stackalloc char[11];
        var written = 0;
        value?.TryFormat(text, out written, default, CultureInfo.InvariantCulture);
        line.Quoted(text[..written]);
    }

    public static void QuotedDate(this DelimitedLineWriter line, DateOnly? date)
    {
        Span<char> text = stackalloc char[10];
        line.Quoted(date is { } d ? text[..DateText.FormatIso(d, text)] : []);
    }
}
