using System.Collections.Frozen;

namespace SignauxFaibles.Domain.Reference;

/// <summary>
/// NAF rev. 2 (INSEE), the two upper levels the features and the perimeter need: the 21 sections and the
/// section of each of the 88 divisions. Generated from <c>Reference/data/naf1.csv</c> and
/// <c>5to1.csv</c> (public INSEE nomenclature) so the domain needs no file at run time.
/// </summary>
public static class NafNomenclature
{
    /// <summary>Section letter -> French label, in nomenclature order (A..U).</summary>
    public static FrozenDictionary<string, string> Sections { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["A"] = "Agriculture, sylviculture et pêche",
        ["B"] = "Industries extractives",
        ["C"] = "Industrie manufacturière",
        ["D"] = "Production et distribution d'électricité, de gaz, de vapeur et d'air conditionné",
        ["E"] = "Production et distribution d'eau ; assainissement, gestion des déchets et dépollution",
        ["F"] = "Construction",
        ["G"] = "Commerce ; réparation d'automobiles et de motocycles",
        ["H"] = "Transports et entreposage",
        ["I"] = "Hébergement et restauration",
        ["J"] = "Information et communication",
        ["K"] = "Activités financières et d'assurance",
        ["L"] = "Activités immobilières",
        ["M"] = "Activités spécialisées, scientifiques et techniques",
        ["N"] = "Activités de services administratifs et de soutien",
        ["O"] = "Administration publique",
        ["P"] = "Enseignement",
        ["Q"] = "Santé humaine et action sociale",
        ["R"] = "Arts, spectacles et activités récréatives",
        ["S"] = "Autres activités de services",
        ["T"] = "Activités des ménages en tant qu'employeurs ; activités indifférenciées des ménages en tant que producteurs de biens et services pour usage propre",
        ["U"] = "Activités extra-territoriales",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly (int Division, char Section)[] DivisionSections =
    [
        (1, 'A'), (2, 'A'), (3, 'A'), (5, 'B'), (6, 'B'), (7, 'B'), (8, 'B'), (9, 'B'), (10, 'C'), (11, 'C'),
        (12, 'C'), (13, 'C'), (14, 'C'), (15, 'C'), (16, 'C'), (17, 'C'), (18, 'C'), (19, 'C'), (20, 'C'), (21, 'C'),
        (22, 'C'), (23, 'C'), (24, 'C'), (25, 'C'), (26, 'C'), (27, 'C'), (28, 'C'), (29, 'C'), (30, 'C'), (31, 'C'),
        (32, 'C'), (33, 'C'), (35, 'D'), (36, 'E'), (37, 'E'), (38, 'E'), (39, 'E'), (41, 'F'), (42, 'F'), (43, 'F'),
        (45, 'G'), (46, 'G'), (47, 'G'), (49, 'H'), (50, 'H'), (51, 'H'), (52, 'H'), (53, 'H'), (55, 'I'), (56, 'I'),
        (58, 'J'), (59, 'J'), (60, 'J'), (61, 'J'), (62, 'J'), (63, 'J'), (64, 'K'), (65, 'K'), (66, 'K'), (68, 'L'),
        (69, 'M'), (70, 'M'), (71, 'M'), (72, 'M'), (73, 'M'), (74, 'M'), (75, 'M'), (77, 'N'), (78, 'N'), (79, 'N'),
        (80, 'N'), (81, 'N'), (82, 'N'), (84, 'O'), (85, 'P'), (86, 'Q'), (87, 'Q'), (88, 'Q'), (90, 'R'), (91, 'R'),
        (92, 'R'), (93, 'R'), (94, 'S'), (95, 'S'), (96, 'S'), (97, 'T'), (98, 'T'), (99, 'U'),
    ];

    private static readonly char[] SectionByDivision = BuildSectionByDivision();

    /// <summary>
    /// Normalises an APE/NAF code ("25.62B", "2562B", "25.62", "25") to its division (two digits), or null
    /// when the code does not start with a known division.
    /// </summary>
    public static int? DivisionOf(string? ape)
    {
        if (ape is null || ape.Length < 2 || !char.IsAsciiDigit(ape[0]) || !char.IsAsciiDigit(ape[1]))
        {
            return null;
        }

        var division = (ape[0] - '0') * 10 + (ape[1] - '0');
        return SectionByDivision[division] == '\0' ? null : division;
    }

    /// <summary>The group (three digits, e.g. 851 for "85.10Z"), or null.</summary>
    public static int? GroupOf(string? ape)
    {
        if (DivisionOf(ape) is not { } division)
        {
            return null;
        }

        var third = ape!.Length > 2 && ape[2] == '.' ? 3 : 2;
        return ape.Length > third && char.IsAsciiDigit(ape[third]) ? division * 10 + (ape[third] - '0') : null;
    }

    /// <summary>The section letter of an APE/NAF code, or null when unknown.</summary>
    public static char? SectionOf(string? ape) => DivisionOf(ape) is { } d ? SectionByDivision[d] : null;

    /// <summary>The section of a division (1-99), or null.</summary>
    public static char? SectionOfDivision(int division) =>
        division is > 0 and < 100 && SectionByDivision[division] != '\0' ? SectionByDivision[division] : null;

    /// <summary>Zero-based index of a section letter (A = 0 .. U = 20), the numeric code the features use.</summary>
    public static int SectionIndex(char section) => section - 'A';

    private static char[] BuildSectionByDivision()
    {
        var table = new char[100];
        foreach (var (division, section) in DivisionSections)
        {
            table[division] = section;
        }

        return table;
    }
}
