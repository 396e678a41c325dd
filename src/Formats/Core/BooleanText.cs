namespace SignauxFaibles.Formats.Core;

/// <summary>Booleans as partner exports spell them: 1/0, true/false, t/f, oui/non, o/n, y/n (any case).</summary>
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
}
