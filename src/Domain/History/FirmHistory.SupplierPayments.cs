using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Domain.History;

/// <summary>The supplier payment behaviour source (one fact per month), kept over the retention window.</summary>
public sealed partial class FirmHistory
{
    private readonly FactTable<SupplierPaymentFact> _paiementsFournisseurs = new();

    /// <summary>Supplier payment behaviour by month, in month order.</summary>
    public ReadOnlySpan<SupplierPaymentFact> PaiementsFournisseurs => _paiementsFournisseurs.Items;

    private bool ApplyPaiementsFournisseurs(PaiementsFournisseurs p)
    {
        if (IsBeforeWindow(p.Mois))
        {
            return false;
        }

        return _paiementsFournisseurs.Upsert(new SupplierPaymentFact
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

    private void LoadPaiementsFournisseurs(FirmHistoryState state)
    {
        foreach (var f in state.PaiementsFournisseurs.AsSpan())
        {
            _paiementsFournisseurs.Upsert(f);
        }
    }

    private void PrunePaiementsFournisseurs(Month first) =>
        _paiementsFournisseurs.RemoveAll(static (f, w) => f.Mois < w, first);
}
