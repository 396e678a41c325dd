using System.Collections.Immutable;
using System.Runtime.InteropServices;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Domain.History;

/// <summary>
/// The headcount sources of a firm: the firm's own monthly series and one per établissement (kept in
/// siret order), as dense monthly arrays. Retention keeps <see cref="Rules.RetentionRules.HeadcountMonths"/>
/// months; an empty series is dropped.
/// </summary>
internal sealed class HeadcountHistory
{
    private readonly List<HeadcountSeries> _etablissements = [];
    private HeadcountSeries? _entreprise;

    public HeadcountSeries? Entreprise => _entreprise;

    public ReadOnlySpan<HeadcountSeries> Etablissements => CollectionsMarshal.AsSpan(_etablissements);

    /// <summary>Sirets with a headcount series, in key order.</summary>
    public IEnumerable<string> EtablissementKeys
    {
        get
        {
            foreach (var s in _etablissements)
            {
                yield return s.Key;
            }
        }
    }

    public bool Apply(EffectifEtablissement e, RetentionWindow window, StringPool strings)
    {
        if (e.Months.IsDefaultOrEmpty)
        {
            return false;
        }

        var series = SeriesFor(strings.Intern(e.Siret));
        var changed = Upsert(series, e.Months, e.DeliveredOn, e.DeliverySequence, window);
        if (series.IsEmpty)
        {
            _etablissements.Remove(series);
        }

        return changed;
    }

    /// <summary>Applies the firm's own headcounts; <paramref name="siren"/> keys the series.</summary>
    public bool Apply(EffectifEntreprise e, string siren, RetentionWindow window)
    {
        if (e.Months.IsDefaultOrEmpty)
        {
            return false;
        }

        var series = _entreprise ?? new HeadcountSeries(siren);
        var changed = Upsert(series, e.Months, e.DeliveredOn, e.DeliverySequence, window);
        _entreprise = series.IsEmpty ? null : series;
        return changed;
    }

    /// <summary>Drops the months before <paramref name="firstHeadcount"/>, and the series left empty.</summary>
    public void Prune(Month firstHeadcount)
    {
        if (_entreprise is not null)
        {
            _entreprise.DropBefore(firstHeadcount);
            if (_entreprise.IsEmpty)
            {
                _entreprise = null;
            }
        }

        foreach (var s in _etablissements)
        {
            s.DropBefore(firstHeadcount);
        }

        RemoveEmptySeries();
    }

    public ImmutableArray<HeadcountSeriesState> EtablissementStates()
    {
        var series = ImmutableArray.CreateBuilder<HeadcountSeriesState>(_etablissements.Count);
        foreach (var s in _etablissements)
        {
            series.Add(s.ToState());
        }

        return series.MoveToImmutable();
    }

    public void Load(FirmHistoryState state, StringPool strings)
    {
        if (state.EffectifEntreprise is { } ent)
        {
            var series = new HeadcountSeries(state.Siren);
            series.Load(ent);
            _entreprise = series.IsEmpty ? null : series;
        }

        foreach (var s in state.EffectifEtablissements.AsSpan())
        {
            SeriesFor(strings.Intern(s.Key)).Load(s);
        }

        RemoveEmptySeries();
    }

    public void InternStrings(StringPool strings)
    {
        foreach (var s in _etablissements)
        {
            strings.Intern(s.Key);
        }
    }

    private static bool Upsert(HeadcountSeries series, ImmutableArray<MonthlyHeadcount> months, DateOnly deliveredOn, long deliverySequence, RetentionWindow window)
    {
        var first = window.FirstHeadcountMonth;
        var changed = false;
        foreach (var m in months.AsSpan())
        {
            if (first is null || m.Month >= first.Value)
            {
                changed |= series.Upsert(m.Month, m.Effectif, deliveredOn, deliverySequence);
            }
        }

        return changed;
    }

    private HeadcountSeries SeriesFor(string siret)
    {
        int lo = 0, hi = _etablissements.Count - 1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            var c = string.CompareOrdinal(_etablissements[mid].Key, siret);
            if (c == 0)
            {
                return _etablissements[mid];
            }

            if (c < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        var series = new HeadcountSeries(siret);
        _etablissements.Insert(lo, series);
        return series;
    }

    private void RemoveEmptySeries() => _etablissements.RemoveAll(static s => s.IsEmpty);
}
