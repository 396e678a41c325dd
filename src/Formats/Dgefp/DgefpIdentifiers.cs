namespace SignauxFaibles.Formats.Dgefp;

/// <summary>DGEFP files key lines by SIRET only; the firm is its first 9 characters.</summary>
internal static class DgefpIdentifiers
{
    /// <summary>The SIREN part of a SIRET, or the text itself when too short (validation then rejects it).</summary>
    public static string SirenOf(string siret) => siret.Length >= 9 ? siret[..9] : siret;
}
