using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Simulator.Economy;

/// <summary>An activité partielle request of an establishment and what has been consumed of it.</summary>
internal sealed class ApRequest
{
    public required string Id { get; init; }

    public required DateOnly DateStatut { get; init; }

    public required Month StartMonth { get; init; }

    /// <summary>Exclusive end month.</summary>
    public required Month EndMonth { get; init; }

    public required double HoursAuthorised { get; init; }

    public required decimal AmountAuthorised { get; init; }

    public required int EffectifAuthorised { get; init; }

    public required int EffectifEtablissement { get; init; }

    public required int EffectifEntreprise { get; init; }

    public required int Motif { get; init; }

    public required int Perimetre { get; init; }

    public double HoursConsumed { get; set; }

    public decimal AmountConsumed { get; set; }

    public int EffectifConsumed { get; set; }

}
