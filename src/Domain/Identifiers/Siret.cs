using SignauxFaibles.Domain.Validation;

namespace SignauxFaibles.Domain.Identifiers;

/// <summary>
/// SIRET rules (domain.md §2): 14 characters = SIREN (9) + NIC (5) with a Luhn check digit over the 14.
/// Pseudo-SIRETs (10th character 5, 6, 7 or 9) and provisional SIRETs (with letters) are accepted and
/// flagged, never rejected for their check digit. La Poste's SIRETs are accepted whatever their check digit.
/// </summary>
public static class Siret
{
    public static Reject? Validate(string? siret, string field = "siret") => Validate(siret, field, out _);

    public static Reject? Validate(string? siret, string field, out IdentifierNotes flags)
    {
        flags = IdentifierNotes.None;
        if (string.IsNullOrEmpty(siret))
        {
            return new Reject(RejectCode.MissingField, field, "SIRET is empty");
        }

        if (siret.Length != 14 || !IsAlphanumeric(siret))
        {
            return new Reject(RejectCode.InvalidSiretFormat, field, $"'{siret}' is not 14 digits or letters");
        }

        var sirenPart = siret.AsSpan(0, 9);
        if (!Siren.IsDigits(sirenPart))
        {
            return new Reject(RejectCode.InvalidSiretFormat, field, $"'{siret}': its SIREN part is not 9 digits");
        }

        if (!Siren.IsDigits(siret))
        {
            flags = IdentifierNotes.ProvisionalSiret | IdentifierNotes.ChecksumNotVerified;
            return null;
        }

        if (siret[9] is '5' or '6' or '7' or '9' && !Luhn.IsValid(siret))
        {
            flags = IdentifierNotes.PseudoSiret | IdentifierNotes.ChecksumNotVerified;
            return null;
        }

        if (sirenPart.SequenceEqual(Siren.LaPoste))
        {
            flags = IdentifierNotes.LaPosteException;
            return null;
        }

        return Luhn.IsValid(siret)
            ? null
            : new Reject(RejectCode.InvalidSiretChecksum, field, $"'{siret}' fails the Luhn check");
    }

    public static bool IsValid(string? siret) => Validate(siret) is null;

    /// <summary>The SIREN of a SIRET: its first 9 characters.</summary>
    public static string SirenOf(string siret) => siret[..9];

    /// <summary>Makes a valid SIRET from a SIREN and the 4 first digits of a NIC.</summary>
    public static string Complete(string siren, ReadOnlySpan<char> fourNicDigits)
    {
        Span<char> prefix = stackalloc char[13];
        siren.AsSpan().CopyTo(prefix);
        fourNicDigits.CopyTo(prefix[9..]);
        return string.Concat(prefix, [Luhn.CheckDigit(prefix)]);
    }

    private static bool IsAlphanumeric(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
