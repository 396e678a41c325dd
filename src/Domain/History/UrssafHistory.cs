using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Rules;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Domain.History;

/// <summary>
/// The URSSAF sources of a firm: cotisations due, debt operations, payment plans (délais) and CCSF
/// months, each a table of facts by key. Retention drops cotisations wholly before the window, debt
/// operations and CCSF months superseded before it (<see cref="RetentionRules"/>); délais are kept.
/// </summary>
internal sealed class UrssafHistory
{
    private readonly FactTable<CotisationFact> _cotisations = new();
    private readonly FactTable<DebitFact> _debits = new();
    private readonly FactTable<DelaiFact> _delais = new();
    private readonly FactTable<CcsfFact> _ccsf = new();

    public ReadOnlySpan<CotisationFact> Cotisations => _cotisations.Items;

    public ReadOnlySpan<DebitFact> Debits => _debits.Items;

    public ReadOnlySpan<DelaiFact> Delais => _delais.Items;

    public ReadOnlySpan<CcsfFact> Ccsf => _ccsf.Items;

    public bool Apply(Cotisation c, RetentionWindow window, StringPool strings)
    {
        if (c.PeriodeFin <= c.PeriodeDebut || window.IsBefore(c.PeriodeFin.Previous))
        {
            return false;
        }

        return _cotisations.Upsert(new CotisationFact
        {
            Siret = strings.Intern(c.Siret),
            Compte = strings.Intern(c.Compte),
            PeriodeDebut = c.PeriodeDebut,
            PeriodeFin = c.PeriodeFin,
            Du = c.Du,
            DeliveredOn = c.DeliveredOn,
            DeliverySequence = c.DeliverySequence,
        });
    }

    public bool Apply(Debit d, RetentionWindow window, StringPool strings)
    {
        var fact = new DebitFact
        {
            Siret = strings.Intern(d.Siret),
            PeriodeDebut = d.PeriodeDebut,
            PeriodeFin = d.PeriodeFin,
            NumeroEcart = strings.Intern(d.NumeroEcartNegatif),
            NumeroHistorique = d.NumeroHistorique,
            MoisEffet = DebtRules.EffectiveMonth(d.DateTraitement),
            PartOuvriere = d.PartOuvriere,
            PartPatronale = d.PartPatronale,
            DeliveredOn = d.DeliveredOn,
            DeliverySequence = d.DeliverySequence,
        };

        // A new operation may supersede older ones before the window, or be superseded itself.
        return _debits.UpsertThenRemoveSuperseded(fact, RetentionRules.MarkSupersededDebits, window.FirstMonth);
    }

    public bool Apply(Delai d, StringPool strings) => _delais.Upsert(new DelaiFact
    {
        Siret = strings.Intern(d.Siret),
        NumeroContentieux = strings.Intern(d.NumeroContentieux),
        DateCreation = d.DateCreation,
        DateEcheance = d.DateEcheance,
        DureeDelai = d.DureeDelai,
        MontantEcheancier = d.MontantEcheancier,
        DeliveredOn = d.DeliveredOn,
        DeliverySequence = d.DeliverySequence,
    });

    public bool Apply(Ccsf c, RetentionWindow window)
    {
        var fact = new CcsfFact { Mois = Month.From(c.DateTraitement) };
        return _ccsf.UpsertThenRemoveSuperseded(fact, RetentionRules.MarkSupersededCcsf, window.FirstMonth);
    }

    /// <summary>Drops what the window starting at <paramref name="first"/> no longer needs.</summary>
    public void Prune(Month first)
    {
        _cotisations.RemoveAll(static (f, w) => f.PeriodeFin <= w, first);
        PruneDebits(first);
        PruneCcsf(first);
    }

    public void Load(FirmHistoryState state, StringPool strings)
    {
        foreach (var f in state.Cotisations.AsSpan())
        {
            _cotisations.Upsert(f with { Siret = strings.Intern(f.Siret), Compte = strings.Intern(f.Compte) });
        }

        foreach (var f in state.Debits.AsSpan())
        {
            _debits.Upsert(f with { Siret = strings.Intern(f.Siret), NumeroEcart = strings.Intern(f.NumeroEcart) });
        }

        foreach (var f in state.Delais.AsSpan())
        {
            _delais.Upsert(f with { Siret = strings.Intern(f.Siret), NumeroContentieux = strings.Intern(f.NumeroContentieux) });
        }

        foreach (var f in state.Ccsf.AsSpan())
        {
            _ccsf.Upsert(f);
        }
    }

    public void InternStrings(StringPool strings)
    {
        foreach (ref readonly var f in _cotisations.Items)
        {
            strings.Intern(f.Siret);
            strings.Intern(f.Compte);
        }

        foreach (ref readonly var f in _debits.Items)
        {
            strings.Intern(f.Siret);
            strings.Intern(f.NumeroEcart);
        }

        foreach (ref readonly var f in _delais.Items)
        {
            strings.Intern(f.Siret);
            strings.Intern(f.NumeroContentieux);
        }
    }

    private int PruneDebits(Month first) => _debits.RemoveSuperseded(RetentionRules.MarkSupersededDebits, first);

    private int PruneCcsf(Month first) => _ccsf.RemoveSuperseded(RetentionRules.MarkSupersededCcsf, first);
}
