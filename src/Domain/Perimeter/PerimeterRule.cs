using System.Globalization;
using SignauxFaibles.Domain.History;
using SignauxFaibles.Domain.Reference;
using SignauxFaibles.Domain.Rules;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Domain.Perimeter;

/// <summary>
/// The scoring perimeter (domain.md §2): firms that had at least 10 employees (reported, not carried forward)
/// in some month of the last 120, excluding public administration (NAF 84), education (85.1-85.4),
/// finance and insurance (64, 65, 66, except 64.20Z: holdings stay in, as in the original), non-market organisations (94.1, 94.2, 94.91, 94.92, 99), legal
/// categories of public law (7xxx) and public establishments (4110, 4120, 4140, 4160), and firms whose siège
/// is abroad. Exclusions are checked first; unknown activity or category excludes nothing, and neither does
/// an unknown siège (no siège delivered by Sirene): only a siège known to be abroad excludes.
/// </summary>
public static class PerimeterRule
{
    public const int MinimumEffectif = 10;

    public const int LookbackMonths = 120;

    public static PerimeterStatus Evaluate(FirmHistory history, Month month)
    {
        var ape = history.Ape;
        if (ExcludedActivity(ape) is { } reason)
        {
            return PerimeterStatus.OutOfPerimeter(reason, ape);
        }

        var categorie = history.UniteLegale?.CategorieJuridique;
        if (IsPublicCategory(categorie))
        {
            return PerimeterStatus.OutOfPerimeter(PerimeterReason.CategorieJuridiquePublique, categorie);
        }

        if (history.SiegeEtranger)
        {
            return PerimeterStatus.OutOfPerimeter(PerimeterReason.SiegeEtranger, history.Siege?.CodePaysEtranger);
        }

        var peak = PeakHeadcount(history, month);
        return peak >= MinimumEffectif
            ? PerimeterStatus.InPerimeter
            : PerimeterStatus.OutOfPerimeter(
                PerimeterReason.MoinsDeDixSalaries,
                peak < 0 ? "effectif inconnu" : string.Create(CultureInfo.InvariantCulture, $"effectif maximal {peak}"));
    }

    /// <summary>The highest reported firm headcount in the 120 months up to <paramref name="month"/>, -1 when none.</summary>
    public static long PeakHeadcount(FirmHistory history, Month month)
    {
        var peak = -1L;
        for (var m = month.AddMonths(1 - LookbackMonths); m <= month; m = m.Next)
        {
            if (HeadcountRules.TryReportedFirmAt(history, m, out var value) && value > peak)
            {
                peak = value;
            }
        }

        return peak;
    }

    public static PerimeterReason? ExcludedActivity(string? ape)
    {
        if (NafNomenclature.DivisionOf(ape) is not { } division)
        {
            return null;
        }

        var group = NafNomenclature.GroupOf(ape);
        return division switch
        {
            84 => PerimeterReason.AdministrationPublique,
            85 when group is >= 851 and <= 854 => PerimeterReason.Enseignement,
            // 64.20Z (activités des sociétés holding) is the only sub-class of class 64.20.
            64 when IsClass(ape!, "6420") => null,
            64 or 65 or 66 => PerimeterReason.FinanceAssurance,
            94 when group is 941 or 942 || IsClass(ape!, "9491", "9492") => PerimeterReason.OrganisationNonMarchande,
            99 => PerimeterReason.OrganisationNonMarchande,
            _ => null,
        };
    }

    public static bool IsPublicCategory(string? categorie) =>
        categorie is { Length: 4 } c && (c[0] == '7' || c is "4110" or "4120" or "4140" or "4160");

    private static bool IsClass(string ape, params ReadOnlySpan<string> classes)
    {
        Span<char> digits = stackalloc char[4];
        var n = 0;
        foreach (var ch in ape)
        {
            if (char.IsAsciiDigit(ch))
            {
                digits[n++] = ch;
                if (n == 4)
                {
                    break;
                }
            }
            else if (ch != '.')
            {
                break;
            }
        }

        foreach (var c in classes)
        {
            if (n == 4 && digits.SequenceEqual(c))
            {
                return true;
            }
        }

        return false;
    }
}
