using SignauxFaibles.Domain.History;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Domain.Rules;

/// <summary>
/// Headcount (domain.md §3-4). The latest delivery of an (establishment, month) wins. The firm's headcount
/// at a month is the firm-level value (effectif entreprise) when one was delivered for that month, else the
/// sum of the establishments' values delivered for that month; a month with neither carries the last known
/// month's value forward, flagged as not reported.
/// </summary>
public static class HeadcountRules
{
    /// <summary>The firm headcount at <paramref name="month"/>, forward-filled when not reported.</summary>
    public static Headcount FirmAt(FirmHistory history, Month month) =>
        FirmAt(history.EffectifEntrepriseSeries, history.EffectifEtablissementSeries, month);

    /// <summary>The headcount delivered for the firm at <paramref name="month"/>, without forward fill.</summary>
    public static bool TryReportedFirmAt(FirmHistory history, Month month, out long value) =>
        TryReported(history.EffectifEntrepriseSeries, history.EffectifEtablissementSeries, month, out value);

    /// <summary>The headcount delivered for one establishment at <paramref name="month"/>.</summary>
    public static bool TryEstablishmentAt(FirmHistory history, string siret, Month month, out int value)
    {
        foreach (var s in history.EffectifEtablissementSeries)
        {
            if (string.Equals(s.Key, siret, StringComparison.Ordinal))
            {
                return s.TryGet(month, out value);
            }
        }

        value = 0;
        return false;
    }

    internal static Headcount FirmAt(HeadcountSeries? entreprise, ReadOnlySpan<HeadcountSeries> etablissements, Month month)
    {
        var earliest = Earliest(entreprise, etablissements);
        if (earliest is not { } first)
        {
            return Headcount.Unknown;
        }

        for (var m = month; m >= first; m = m.Previous)
        {
            if (TryReported(entreprise, etablissements, m, out var value))
            {
                return new Headcount(value, m == month, m);
            }
        }

        return Headcount.Unknown;
    }

    internal static bool TryReported(HeadcountSeries? entreprise, ReadOnlySpan<HeadcountSeries> etablissements, Month month, out long value)
    {
        if (entreprise is not null && entreprise.TryGet(month, out var firm))
        {
            value = firm;
            return true;
        }

        value = 0;
        var any = false;
        foreach (var s in etablissements)
        {
            if (s.TryGet(month, out var v))
            {
                value += v;
                any = true;
            }
        }

        return any;
    }

    private static Month? Earliest(HeadcountSeries? entreprise, ReadOnlySpan<HeadcountSeries> etablissements)
    {
        Month? earliest = entreprise is { IsEmpty: false } ? entreprise.FirstMonth : null;
        foreach (var s in etablissements)
        {
            if (!s.IsEmpty && (earliest is null || s.FirstMonth < earliest.Value))
            {
                earliest = s.FirstMonth;
            }
        }

        return earliest;
    }
}
