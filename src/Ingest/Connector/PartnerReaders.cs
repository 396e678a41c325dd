using SignauxFaibles.Formats.Core;
using SignauxFaibles.Formats.Dgefp;
using SignauxFaibles.Formats.Financial;
using SignauxFaibles.Formats.Sirene;
using SignauxFaibles.Formats.Suppliers;
using SignauxFaibles.Formats.Urssaf;

namespace SignauxFaibles.Ingest.Connector;

/// <summary>Every file format the connector reads, by its short name (as in the original pipeline), plus the simulator's event lines.</summary>
public static class PartnerReaders
{
    public static IReadOnlyList<IPartnerFileReader> All { get; } =
    [
        new CotisationReader(), new DebitReader(), new DelaiReader(), new CcsfReader(), new EffectifReader(),
        new EffectifEntrepriseReader(), new ProcolReader(), new ApDemandeReader(), new ApConsommationReader(),
        new EtatsFinanciersReader(), new SireneUniteLegaleReader(), new SireneEtablissementReader(),
        new SireneEtablissementPeriodeReader(), new PaiementsFournisseursReader(), new EventLinesReader(),
    ];

    public static IReadOnlyList<string> Formats { get; } = [.. All.Select(r => r.Format)];

    public static bool TryGet(string format, out IPartnerFileReader reader)
    {
        reader = All.FirstOrDefault(r => string.Equals(r.Format, format, StringComparison.OrdinalIgnoreCase))!;
        return reader is not null;
    }

    /// <summary>
    /// The reader of a file found in a folder: event lines for <c>*.jsonl</c>, otherwise the format whose
    /// name starts the file name (the longest one, so <c>effectif_ent</c> wins over <c>effectif</c>).
    /// </summary>
    public static IPartnerFileReader? ForFileName(string path)
    {
        var name = Path.GetFileName(path).ToLowerInvariant();
        if (name.EndsWith(".jsonl", StringComparison.Ordinal) || name.EndsWith(".ndjson", StringComparison.Ordinal))
        {
            return All.OfType<EventLinesReader>().Single();
        }

        return All.Where(r => r is not EventLinesReader && name.StartsWith(r.Format, StringComparison.Ordinal))
            .OrderByDescending(r => r.Format.Length)
            .FirstOrDefault();
    }
}
