namespace SignauxFaibles.Formats.Core;

/// <summary>Fixed-width ASCII digit fields of dates and period codes, read from and written into spans.</summary>
internal static class AsciiDigits
{
    /// <summary>Reads 1 to <paramref name="maxLength"/> digits (nothing else) as a number.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, int maxLength, out int value)
    {
        value = 0;
        if (s.IsEmpty || s.Length > maxLength)
        {
            return false;
        }

        foreach (var c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = value * 10 + (c - '0');
        }

        return true;
    }

    /// <summary>Writes 0..99 as two digits.</summary>
    public static void WriteTwo(Span<char> d, int v)
    {
        d[0] = (char)('0' + v / 10);
        d[1] = (char)('0' + v % 10);
    }

    /// <summary>Writes 0..9999 as four digits.</summary>
    public static void WriteFour(Span<char> d, int v)
    {
        d[0] = (char)('0' + v / 1000);
        d[1] = (char)('0' + v / 100 % 10);
        d[2] = (char)('0' + v / 10 % 10);
        d[3] = (char)('0' + v % 10);
    }
}
