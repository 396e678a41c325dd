using SignauxFaibles.Formats.Core;

namespace SignauxFaibles.Formats.Urssaf;

/// <summary>
/// Reads the SIRET of consecutive lines and derives its SIREN (first 9 characters), reusing the previous
/// strings while the SIRET repeats (URSSAF files are sorted by account). Per file, not thread-safe.
/// </summary>
internal sealed class SiretColumn(int index)
{
    private readonly RecentString siret = new();
    private string lastSiret = "";
    private string lastSiren = "";

    public int Index { get; } = index;

    public (string Siret, string Siren) Read(in CsvRecord record)
    {
        var s = siret.Get(record[Index]);
        if (!ReferenceEquals(s, lastSiret))
        {
            lastSiret = s;
            lastSiren = SiretParts.SirenOf(s);
        }

        return (s, lastSiren);
    }
}
