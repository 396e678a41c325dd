namespace SignauxFaibles.Domain.Identifiers;

/// <summary>What we noticed about an identifier that is accepted but not ordinary.</summary>
[Flags]
public enum IdentifierNotes
{
    None = 0,
    /// <summary>La Poste's SIREN 356000000 (and its SIRETs): valid although the Luhn check fails.</summary>
    LaPosteException = 1,
    /// <summary>A pseudo-SIRET of temp-work activities: 10th character 5, 6, 7 or 9.</summary>
    PseudoSiret = 2,
    /// <summary>A provisional SIRET containing letters.</summary>
    ProvisionalSiret = 4,
    /// <summary>The check digit is wrong but the identifier is kept (pseudo or provisional identifiers).</summary>
    ChecksumNotVerified = 8,
}
