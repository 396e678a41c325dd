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
    public static void FloatStyle(this DelimitedLineWriter line, double? value)
    {
        if (value is not { } v)
        {
            line.Empty();
            return;
        }

        // "R" is at most 24 chars (-1.7976931348623157E+308); non-finite values keep their name.
        var room = line.Reserve(26);
        v.TryFormat(room, out var written, "R", CultureInfo.InvariantCulture);
        line.Commit(double.IsFinite(v) ? WithPointZero(room, written) : written);
    }

    public static void FloatStyle(this DelimitedLineWriter line, decimal? value)
    {
        if (value is not { } v)
        {
            line.Empty();
            return;
        }

        // At most 29 digits, a sign and a point.
        var room = line.Reserve(33);
        v.TryFormat(room, out var written, default, CultureInfo.InvariantCulture);
        line.Commit(WithPointZero(room, written));
    }

    public static void FloatStyle(this DelimitedLineWriter line, int? value)
    {
        if (value is not { } v)
        {
            line.Empty();
            return;
        }

        var room = line.Reserve(13);
        v.TryFormat(room, out var written, default, CultureInfo.InvariantCulture);
        line.Commit(WithPointZero(room, written));
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

    /// <summary>Appends <c>.0</c> to an integral number written in <paramref name="room"/>; returns its new length.</summary>
    private static int WithPointZero(Span<char> room, int written)
    {
        if (room[..written].IndexOfAny('.', 'E', 'e') >= 0)
        {
            return written;
        }

        room[written] = '.';
        room[written + 1] = '0';
        return written + 2;
    }
}
