namespace SignauxFaibles.Domain.Identifiers;

/// <summary>The Luhn (mod 10) checksum that SIREN and SIRET numbers carry.</summary>
public static class Luhn
{
    /// <summary>True when the digits pass the Luhn check. Non-digits make it false.</summary>
    public static bool IsValid(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        var doubleIt = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if (d is < 0 or > 9)
            {
                return false;
            }

            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            doubleIt = !doubleIt;
        }

        return digits.Length > 0 && sum % 10 == 0;
    }

    /// <summary>The digit that, appended to <paramref name="prefix"/>, makes the whole valid.</summary>
    public static char CheckDigit(ReadOnlySpan<char> prefix)
    {
        Span<char> buffer = prefix.Length < 64 ? stackalloc char[prefix.Length + 1] : new char[prefix.Length + 1];
        prefix.CopyTo(buffer);
        for (var c = '0'; c <= '9'; c++)
        {
            buffer[^1] = c;
            if (IsValid(buffer))
            {
                return c;
            }
        }

        throw new InvalidOperationException("unreachable: one Luhn digit always exists");
    }
}
