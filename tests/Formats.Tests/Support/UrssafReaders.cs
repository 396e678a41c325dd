using SignauxFaibles.Formats.Core;
using SignauxFaibles.Formats.Urssaf;

namespace SignauxFaibles.Formats.Tests.Support;

/// <summary>The URSSAF readers by the original pipeline's format name.</summary>
public static class UrssafReaders
{
    public static IPartnerFileReader For(string format) => format switch
    {
        "cotisation" => new CotisationReader(),
        "debit" => new DebitReader(),
        "delai" => new DelaiReader(),
        "ccsf" => new CcsfReader(),
        "procol" => new ProcolReader(),
        "effectif" => new EffectifReader(),
        "effectif_ent" => new EffectifEntrepriseReader(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "not a URSSAF format"),
    };
}
