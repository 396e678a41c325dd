using SignauxFaibles.Domain.Validation;

namespace SignauxFaibles.Domain.Identifiers;

/// <summary>SIREN rules (domain.md §2): 9 digits with a Luhn check digit; La Poste's 356000000 is the known exception.</summary>
public static class Siren
{
    public const string LaPoste = "356000000";

    /// <summary>Checks shape and check digit. Returns null when the SIREN is acceptable.</summary>
    public static Reject? Validate(string? siren, string field = "siren") => Validate(siren, field, out _);

    public static Reject? Validate(string? siren, string field, out IdentifierNotes flags)
    {
        flags = IdentifierNotes.None;
        if (string.IsNullOrEmpty(siren))
        {
            return new Reject(RejectCode.MissingField, field, "SIREN is empty");
        }

        if (siren.Length != 9 || !IsDigits(siren))
        {
            return new Reject(RejectCode.InvalidSirenFormat, field, $"'{siren}' is not 9 digits");
        }

        if (siren == LaPoste)
        {
            flags = IdentifierNotes.LaPosteException;
            return null;
        }

        return Luhn.IsValid(siren)
            ? null
            : new Reject(RejectCode.InvalidSirenChecksum, field, $"'{siren}' fails the Luhn check");
    }

    public static bool IsValid(string? siren) => Validate(siren) is null;

    /// <summary>Makes a valid SIREN from its 8 first digits.</summary>
    public static string Complete(ReadOnlySpan<char> eightDigits) =>
        string.Concat(eightDigits, [Luhn.CheckDigit(eightDigits)]);

    internal static bool IsDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
