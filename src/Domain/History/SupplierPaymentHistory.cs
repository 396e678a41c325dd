using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Domain.History;

/// <summary>The supplier payment behaviour source (one fact per month), kept over the retention window.</summary>
internal sealed class SupplierPaymentHistory
{
    private readonly FactTable<SupplierPaymentFact> _months = new();

    /// <summary>Supplier payment behaviour by month, in month order.</summary>
    public ReadOnlySpan<SupplierPaymentFact> Months => _months.Items;

    public bool Apply(PaiementsFournisseurs p, RetentionWindow window)
    {
        if (window.IsBefore(p.Mois))
        {
            return false;
        }

        return _months.Upsert(new SupplierPaymentFact
        {
            Mois = p.Mois,
            NombreFactures = p.NombreFactures,
            MontantFactures = (double)p.MontantFactures,
            RetardMoyenJours = (double)p.RetardMoyenJours,
            Fpi30 = (double)p.Fpi30,
            Fpi90 = (double)p.Fpi90,
            MontantRetard30 = (double)p.MontantRetard30,
            MontantRetard90 = (double)p.MontantRetard90,
            DeliveredOn = p.DeliveredOn,
            DeliverySequence = p.DeliverySequence,
        });
    }

    /// <summary>Drops the months before <paramref name="first"/>.</summary>
    public void Prune(Month first) => _months.RemoveAll(static (f, w) => f.Mois < w, first);

    public void Load(FirmHistoryState state)
    {
        foreach (var f in state.PaiementsFournisseurs.AsSpan())
        {
            _months.Upsert(f);
        }
    }
}
