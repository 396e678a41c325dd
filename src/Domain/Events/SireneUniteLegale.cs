using Orleans;

namespace SignauxFaibles.Domain.Events;

/// <summary>INSEE Sirene, unité légale (the firm): identity, legal category, main activity, state.</summary>
[GenerateSerializer, Immutable, Alias("sf.SireneUniteLegale.v1")]
public sealed record SireneUniteLegale : FirmEvent
{
    /// <summary>Company name (dénomination); empty for a natural person (see <see cref="NomUniteLegale"/>).</summary>
    [Id(0)] public string RaisonSociale { get; init; } = "";
    [Id(1)] public string? NomUniteLegale { get; init; }
    [Id(2)] public string? PrenomUniteLegale { get; init; }
    /// <summary>Catégorie juridique, 4 digits (e.g. 5499 SARL, 7xxx public bodies).</summary>
    [Id(3)] public string? CategorieJuridique { get; init; }
    /// <summary>Main activity, NAF rev. 2 sub-class (e.g. "25.62B").</summary>
    [Id(4)] public string? Ape { get; init; }
    /// <summary>Main activity in NAF 2025, when delivered.</summary>
    [Id(5)] public string? ApeNaf25 { get; init; }
    [Id(6)] public DateOnly? DateCreation { get; init; }
    /// <summary>False when the unité légale is closed (état administratif C).</summary>
    [Id(7)] public bool EstActif { get; init; }
    /// <summary>NIC of the siège (head office).</summary>
    [Id(8)] public string? NicSiege { get; init; }
    [Id(9)] public string? Sigle { get; init; }
}
