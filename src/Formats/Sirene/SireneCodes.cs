using System.Collections.Frozen;

namespace SignauxFaibles.Formats.Sirene;

/// <summary>
/// INSEE Sirene code lists and derivations shared by the Sirene readers and writers: street types, the
/// NAF rev. 2 sub-class shape, commune and postal code shapes, and the département of a commune.
/// </summary>
internal static class SireneCodes
{
    public const string NafRev2 = "NAFRev2";

    // INSEE's typeVoie nomenclature; the events carry the full label, the files the abbreviation.
    private static readonly FrozenDictionary<string, string> TypeVoieLabels = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ALL"] = "ALLÉE", ["AV"] = "AVENUE", ["BD"] = "BOULEVARD", ["CAR"] = "CARREFOUR", ["CHE"] = "CHEMIN",
        ["CHS"] = "CHAUSSÉE", ["CITE"] = "CITÉ", ["COR"] = "CORNICHE", ["CRS"] = "COURS", ["DOM"] = "DOMAINE",
        ["DSC"] = "DESCENTE", ["ECA"] = "ECART", ["ESP"] = "ESPLANADE", ["FG"] = "FAUBOURG", ["GR"] = "GRANDE RUE",
        ["HAM"] = "HAMEAU", ["HLE"] = "HALLE", ["IMP"] = "IMPASSE", ["LD"] = "LIEU DIT", ["LOT"] = "LOTISSEMENT",
        ["MAR"] = "MARCHÉ", ["MTE"] = "MONTÉE", ["PAS"] = "PASSAGE", ["PL"] = "PLACE", ["PLN"] = "PLAINE",
        ["PLT"] = "PLATEAU", ["PRO"] = "PROMENADE", ["PRV"] = "PARVIS", ["QUA"] = "QUARTIER", ["QUAI"] = "QUAI",
        ["RES"] = "RÉSIDENCE", ["RLE"] = "RUELLE", ["ROC"] = "ROCADE", ["RPT"] = "ROND POINT", ["RTE"] = "ROUTE",
        ["RUE"] = "RUE", ["SEN"] = "SENTE - SENTIER", ["SQ"] = "SQUARE", ["TPL"] = "TERRE-PLEIN", ["TRA"] = "TRAVERSE",
        ["VLA"] = "VILLA", ["VLGE"] = "VILLAGE",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> TypeVoieCodes =
        TypeVoieLabels.ToFrozenDictionary(kv => kv.Value, kv => kv.Key, StringComparer.Ordinal);

    public static IReadOnlyCollection<string> TypeVoieLabelValues => TypeVoieLabels.Values;

    /// <summary>The label of a street type code; null for an empty or unknown code (as the original did).</summary>
    public static string? TypeVoieLabel(string code) => TypeVoieLabels.GetValueOrDefault(code);

    /// <summary>The code of a street type label; an unknown label is written as is.</summary>
    public static string TypeVoieCode(string? label) =>
        label is null ? "" : TypeVoieCodes.GetValueOrDefault(label, label);

    /// <summary>NAF rev. 2 sub-class as INSEE writes it: <c>dd.ddL</c>.</summary>
    public static bool IsNafSubClass(ReadOnlySpan<char> ape) =>
        ape.Length == 6 && char.IsAsciiDigit(ape[0]) && char.IsAsciiDigit(ape[1]) && ape[2] == '.'
        && char.IsAsciiDigit(ape[3]) && char.IsAsciiDigit(ape[4]) && char.IsAsciiLetterUpper(ape[5]);

    /// <summary>An INSEE commune code: 5 characters, digits except 2A/2B for Corsica.</summary>
    public static bool IsCodeCommune(ReadOnlySpan<char> code) =>
        code.Length == 5 && char.IsAsciiDigit(code[0]) && (char.IsAsciiDigit(code[1]) || code[1] is 'A' or 'B')
        && char.IsAsciiDigit(code[2]) && char.IsAsciiDigit(code[3]) && char.IsAsciiDigit(code[4]);

    public static bool IsCodePostal(ReadOnlySpan<char> code) =>
        code.Length == 5 && !code.ContainsAnyExceptInRange('0', '9');

    /// <summary>
    /// The département of a valid commune code: its first 3 characters overseas (97x DROM, 98x COM),
    /// otherwise its first 2 (which gives 2A/2B for Corsica).
    /// </summary>
    public static string DepartementOf(string codeCommune) =>
        codeCommune.StartsWith("97", StringComparison.Ordinal) || codeCommune.StartsWith("98", StringComparison.Ordinal)
            ? codeCommune[..3]
            : codeCommune[..2];

    /// <summary>Sirene's etat administratif: "A" is active; "F" (établissement) or "C" (unité légale) is closed.</summary>
    public static bool IsActive(ReadOnlySpan<char> etat) => etat is "A";
}
