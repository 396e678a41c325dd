using Orleans;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Domain.History;

/// <summary>
/// The supplier payment behaviour of one month (<see cref="Events.PaiementsFournisseurs"/>), as the features
/// use it. Key: the month; a later delivery of the same month is a correction and wins.
/// </summary>
[GenerateSerializer, Immutable, Alias("sf.SupplierPaymentFact.v1")]
public readonly record struct SupplierPaymentFact : IFact<SupplierPaymentFact>
{
    [Id(0)] public required Month Mois { get; init; }
    [Id(1)] public required int NombreFactures { get; init; }
    [Id(2)] public required double MontantFactures { get; init; }
    [Id(3)] public required double RetardMoyenJours { get; init; }
    [Id(4)] public required double Fpi30 { get; init; }
    [Id(5)] public required double Fpi90 { get; init; }
    [Id(6)] public required double MontantRetard30 { get; init; }
    [Id(7)] public required double MontantRetard90 { get; init; }
    [Id(8)] public required DateOnly DeliveredOn { get; init; }
    [Id(9)] public long DeliverySequence { get; init; }

    public static int CompareKey(in SupplierPaymentFact a, in SupplierPaymentFact b) => a.Mois.CompareTo(b.Mois);

    public static int CompareContent(in SupplierPaymentFact a, in SupplierPaymentFact b)
    {
        var c = a.NombreFactures.CompareTo(b.NombreFactures);
        ReadOnlySpan<double> x = [a.MontantFactures, a.RetardMoyenJours, a.Fpi30, a.Fpi90, a.MontantRetard30, a.MontantRetard90];
        ReadOnlySpan<double> y = [b.MontantFactures, b.RetardMoyenJours, b.Fpi30, b.Fpi90, b.MontantRetard30, b.MontantRetard90];
        for (var i = 0; c == 0 && i < x.Length; i++)
        {
            c = FactOrder.Compare(x[i], y[i]);
        }

        return c;
    }
}
