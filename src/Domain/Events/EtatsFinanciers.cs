using Orleans;

namespace SignauxFaibles.Domain.Events;

/// <summary>
/// A yearly financial statement (liasse fiscale / Banque de France / Diane), in EUR. Any figure may be
/// missing. The ratios the features use are computed from these figures by the domain, in one place
/// (<c>FinancialRatios</c>), whatever the provider.
/// </summary>
[GenerateSerializer, Immutable, Alias("sf.EtatsFinanciers.v1")]
public sealed record EtatsFinanciers : FirmEvent
{
    /// <summary>Closing date of the fiscal year.</summary>
    [Id(0)] public required DateOnly DateCloture { get; init; }
    /// <summary>Length of the fiscal year in months (usually 12).</summary>
    [Id(1)] public int DureeExerciceMois { get; init; } = 12;
    /// <summary>Provider: "bdf", "diane", "dgfip", "inpi", or "sim" for the simulator.</summary>
    [Id(2)] public string Source { get; init; } = "";
    [Id(3)] public decimal? ChiffreAffaires { get; init; }
    [Id(4)] public decimal? ExcedentBrutExploitation { get; init; }
    [Id(5)] public decimal? ResultatExploitation { get; init; }
    [Id(6)] public decimal? ValeurAjoutee { get; init; }
    [Id(7)] public decimal? ChargesPersonnel { get; init; }
    [Id(8)] public decimal? CapitauxPropres { get; init; }
    /// <summary>Total debts (dettes).</summary>
    [Id(9)] public decimal? Dettes { get; init; }
    /// <summary>Besoin en fonds de roulement.</summary>
    [Id(10)] public decimal? BesoinFondsRoulement { get; init; }
    /// <summary>Net cash (disponibilités - concours bancaires courants).</summary>
    [Id(11)] public decimal? Tresorerie { get; init; }
    [Id(12)] public decimal? FraisFinanciers { get; init; }
    /// <summary>Capacité d'autofinancement.</summary>
    [Id(13)] public decimal? CapaciteAutofinancement { get; init; }
    /// <summary>Financial debts (emprunts et dettes financières).</summary>
    [Id(14)] public decimal? DettesFinancieres { get; init; }
    [Id(15)] public decimal? DettesFournisseurs { get; init; }
    [Id(16)] public decimal? CreancesClients { get; init; }
    /// <summary>Purchases of goods and raw materials plus external charges.</summary>
    [Id(17)] public decimal? Achats { get; init; }
    [Id(18)] public decimal? ActifCirculant { get; init; }
    /// <summary>Debts due within one year.</summary>
    [Id(19)] public decimal? DettesCourtTerme { get; init; }
    [Id(20)] public decimal? TotalBilan { get; init; }
    /// <summary>Fonds de roulement net global.</summary>
    [Id(21)] public decimal? FondsRoulementNetGlobal { get; init; }
    [Id(22)] public decimal? ResultatNet { get; init; }
    [Id(23)] public int? Effectif { get; init; }
    /// <summary>Inventories (stocks et en-cours).</summary>
    [Id(24)] public decimal? Stocks { get; init; }
    /// <summary>Cash at hand and in bank (disponibilités), before short-term bank credit.</summary>
    [Id(25)] public decimal? Disponibilites { get; init; }
    /// <summary>Capital expenditure of the year (acquisitions d'immobilisations).</summary>
    [Id(26)] public decimal? Investissements { get; init; }
    [Id(27)] public decimal? CapitalSocial { get; init; }
}
