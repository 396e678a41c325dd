using System.Globalization;
using SignauxFaibles.Domain.Features;
using SignauxFaibles.Domain.Reference;

namespace SignauxFaibles.Training.Evaluation;

/// <summary>
/// The segments the report breaks results down by, read from a row's own point-in-time features: NAF
/// section (letter and label), size band (effectif salarié) and région (INSEE code and name). A missing
/// value is its own segment ("inconnu").
/// </summary>
public static class Segments
{
    public const string NafSection = "NAF section";
    public const string SizeBand = "size band (effectif)";
    public const string Region = "région";
    public const string Unknown = "inconnu";

    private static readonly int NafIndex = FeatureSchema.IndexOf("naf_section_code");
    private static readonly int EffectifIndex = FeatureSchema.IndexOf("effectif");
    private static readonly int RegionIndex = FeatureSchema.IndexOf("region_code");

    /// <summary>The dimensions, in report order, each with the segment of a feature row.</summary>
    public static IReadOnlyList<(string Dimension, Func<ReadOnlySpan<float>, string> Segment)> Dimensions { get; } =
    [
        (NafSection, row => Naf(row[NafIndex])),
        (SizeBand, row => Band(row[EffectifIndex])),
        (Region, row => RegionName(row[RegionIndex])),
    ];

    /// <summary>"C Industrie manufacturière" for section index 2.</summary>
    public static string Naf(float sectionIndex)
    {
        if (!float.IsFinite(sectionIndex) || sectionIndex < 0 || sectionIndex > 25)
        {
            return Unknown;
        }

        var letter = ((char)('A' + (int)sectionIndex)).ToString();
        return NafNomenclature.Sections.TryGetValue(letter, out var label) ? $"{letter} {label}" : letter;
    }

    /// <summary>Effectif bands: 0-9, 10-19, 20-49, 50-249, 250 and more.</summary>
    public static string Band(float effectif) => effectif switch
    {
        _ when !float.IsFinite(effectif) => Unknown,
        < 10 => "0-9",
        < 20 => "10-19",
        < 50 => "20-49",
        < 250 => "50-249",
        _ => "250+",
    };

    /// <summary>"84 Auvergne-Rhône-Alpes" for code 84.</summary>
    public static string RegionName(float code)
    {
        if (!float.IsFinite(code) || code < 0)
        {
            return Unknown;
        }

        var text = ((int)code).ToString("D2", CultureInfo.InvariantCulture);
        var name = Departements.All.FirstOrDefault(d => d.Region == text)?.LibelleRegion;
        return name is null ? text : $"{text} {name}";
    }
}
