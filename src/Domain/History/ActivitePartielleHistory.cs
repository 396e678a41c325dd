using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Domain.History;

/// <summary>
/// The activité partielle sources of a firm: requests (kept whatever their age) and monthly
/// consumptions (dropped before the window).
/// </summary>
internal sealed class ActivitePartielleHistory
{
    private readonly FactTable<ApDemandeFact> _demandes = new();
    private readonly FactTable<ApConsommationFact> _consommations = new();

    public ReadOnlySpan<ApDemandeFact> Demandes => _demandes.Items;

    public ReadOnlySpan<ApConsommationFact> Consommations => _consommations.Items;

    public bool Apply(ApDemande a, StringPool strings)
    {
        if (a.PeriodeFin < a.PeriodeDebut)
        {
            return false;
        }

        return _demandes.Upsert(new ApDemandeFact
        {
            Siret = strings.Intern(a.Siret),
            IdDemande = strings.Intern(a.IdDemande),
            MoisDebut = Month.From(a.PeriodeDebut),
            MoisFin = Month.From(a.PeriodeFin),
            HeuresAutorisees = a.HeuresAutorisees,
            MotifRecours = a.MotifRecours ?? 0,
            DeliveredOn = a.DeliveredOn,
            DeliverySequence = a.DeliverySequence,
        });
    }

    public bool Apply(ApConsommation a, RetentionWindow window, StringPool strings)
    {
        if (window.IsBefore(a.Mois))
        {
            return false;
        }

        return _consommations.Upsert(new ApConsommationFact
        {
            Siret = strings.Intern(a.Siret),
            IdDemande = strings.Intern(a.IdDemande),
            Mois = a.Mois,
            HeuresConsommees = a.HeuresConsommees,
            DeliveredOn = a.DeliveredOn,
            DeliverySequence = a.DeliverySequence,
        });
    }

    /// <summary>Drops the consumptions of months before <paramref name="first"/>.</summary>
    public void Prune(Month first) => _consommations.RemoveAll(static (f, w) => f.Mois < w, first);

    public void Load(FirmHistoryState state, StringPool strings)
    {
        foreach (var f in state.ApDemandes.AsSpan())
        {
            _demandes.Upsert(f with { Siret = strings.Intern(f.Siret), IdDemande = strings.Intern(f.IdDemande) });
        }

        foreach (var f in state.ApConsommations.AsSpan())
        {
            _consommations.Upsert(f with { Siret = strings.Intern(f.Siret), IdDemande = strings.Intern(f.IdDemande) });
        }
    }

    public void InternStrings(StringPool strings)
    {
        foreach (ref readonly var f in _demandes.Items)
        {
            strings.Intern(f.Siret);
            strings.Intern(f.IdDemande);
        }

        foreach (ref readonly var f in _consommations.Items)
        {
            strings.Intern(f.Siret);
            strings.Intern(f.IdDemande);
        }
    }
}
