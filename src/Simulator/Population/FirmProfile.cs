using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Simulator.Population;

/// <summary>The static identity of a synthetic firm: what Sirene would say about it, plus its hidden traits.</summary>
public sealed record FirmProfile
{
    /// <summary>Position in the population: the key of the firm's random sub-streams.</summary>
    public required int Index { get; init; }

    public required string Siren { get; init; }

    public required string RaisonSociale { get; init; }

    /// <summary>Family and first name, for an entrepreneur individuel (catégorie 1000).</summary>
    public string? NomUniteLegale { get; init; }

    public string? PrenomUniteLegale { get; init; }

    public string? Sigle { get; init; }

    public required string CategorieJuridique { get; init; }

    public required NafSubClass Naf { get; init; }

    public required SectorProfile Sector { get; init; }

    public required DateOnly DateCreation { get; init; }

    /// <summary>First month the firm exists in the simulation (after the start for firms created during the run).</summary>
    public required Month ActiveFrom { get; init; }

    /// <summary>Headcount when the firm enters the simulation.</summary>
    public required int InitialHeadcount { get; init; }

    /// <summary>Long-run health the firm's latent health reverts to (hidden; higher is healthier).</summary>
    public required double BaselineHealth { get; init; }

    /// <summary>Whether yearly financial statements are ever delivered for this firm.</summary>
    public required bool PublishesFinancials { get; init; }

    /// <summary>Month of year (1-12) the fiscal year closes.</summary>
    public required int FiscalCloseMonth { get; init; }

    /// <summary>Signaux Faibles perimeter: 10+ employees and an eligible activity and legal form.</summary>
    public required bool InPerimeter { get; init; }

    /// <summary>Index of the firm's région in the region shock table.</summary>
    public required int RegionIndex { get; init; }

    /// <summary>The establishments; the first is the siège.</summary>
    public required IReadOnlyList<EstablishmentProfile> Establishments { get; init; }

    public EstablishmentProfile Siege => Establishments[0];
}

/// <summary>An establishment: SIRET, location, URSSAF account and its share of the firm's jobs.</summary>
public sealed record EstablishmentProfile(
    string Siret,
    string Nic,
    bool Siege,
    Departement Departement,
    string CodeCommune,
    string CodePostal,
    string Commune,
    string Compte,
    double Share,
    DateOnly DateCreation);
