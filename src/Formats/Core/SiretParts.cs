namespace SignauxFaibles.Formats.Core;

/// <summary>
/// The parts of a SIRET as partner files carry it: the SIREN (its first 9 characters) and the NIC (the
/// rest). Read leniently: a SIRET too short to hold them is kept as it is, for validation to reject.
/// </summary>
internal static class SiretParts
{
    private const int SirenLength = 9;

    /// <summary>The SIREN part of a SIRET, or the text itself when it is not longer than a SIREN.</summary>
    public static string SirenOf(string siret) => siret.Length > SirenLength ? siret[..SirenLength] : siret;

    /// <summary>The NIC part of a SIRET; empty when there is none.</summary>
    public static string NicOf(string siret) => siret.Length > SirenLength ? siret[SirenLength..] : "";
}
