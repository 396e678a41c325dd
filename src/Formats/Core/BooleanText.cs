namespace SignauxFaibles.Formats.Core;

/// <summary>
/// Booleans as partner exports spell them. URSSAF-style files: 1/0, true/false, t/f, oui/non, o/n, y/n (any
/// case), empty meaning false. Files the original pipeline read with Go: only what Go's strconv.ParseBool
/// accepts (INSEE writes true/false).
/// </summary>
public static class BooleanText
{
    /// <summary>Parses a boolean; an empty field is false, as in the original pipeline.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, out bool value)
    {
        value = false;
        if (s.IsEmpty)
        {
            return true;
        }

        if (s.Length == 1)
        {
            switch (s[0])
            {
                case '1' or 't' or 'T' or 'o' or 'O' or 'y' or 'Y':
                    value = true;
                    return true;
                case '0' or 'f' or 'F' or 'n' or 'N':
                    return true;
            }

            return false;
        }

        if (s.Equals("true", StringComparison.OrdinalIgnoreCase) || s.Equals("oui", StringComparison.OrdinalIgnoreCase) || s.Equals("yes", StringComparison.OrdinalIgnoreCase))
        {
            value = true;
            return true;
        }

        return s.Equals("false", StringComparison.OrdinalIgnoreCase) || s.Equals("non", StringComparison.OrdinalIgnoreCase) || s.Equals("no", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Parses the spellings of Go's <c>strconv.ParseBool</c>: 1, t, T, true, TRUE, True and their false counterparts; empty is not a boolean.</summary>
    public static bool TryParseGo(ReadOnlySpan<char> s, out bool value)
    {
        switch (s)
        {
            case "1" or "t" or "T" or "true" or "TRUE" or "True":
                value = true;
                return true;
            case "0" or "f" or "F" or "false" or "FALSE" or "False":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }
}
