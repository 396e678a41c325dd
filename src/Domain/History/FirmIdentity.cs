using Orleans;

namespace SignauxFaibles.Domain.History;

/// <summary>
/// Who the firm is, as Sirene says: name, activity (NAF sub-class, section, division), location of the siège
/// (département, région), creation date, legal category, siège abroad. Any part may be unknown.
/// </summary>
[GenerateSerializer, Immutable, Alias("sf.FirmIdentity.v1")]
public sealed record FirmIdentity
{
    [Id(0)] public required string Siren { get; init; }
    [Id(1)] public string? RaisonSociale { get; init; }
    /// <summary>Main activity, NAF rev. 2 sub-class as delivered (e.g. "25.62B").</summary>
    [Id(2)] public string? Ape { get; init; }
    /// <summary>NAF section letter ("C").</summary>
    [Id(3)] public string? NafSection { get; init; }
    /// <summary>NAF division, two digits ("25").</summary>
    [Id(4)] public string? NafDivision { get; init; }
    /// <summary>Département of the siège ("01".."95", "2A", "2B", "971"..).</summary>
    [Id(5)] public string? Departement { get; init; }
    /// <summary>INSEE région code of the siège ("84"; "00" for the overseas collectivities).</summary>
    [Id(6)] public string? Region { get; init; }
    [Id(7)] public DateOnly? DateCreation { get; init; }
    /// <summary>Catégorie juridique, 4 digits.</summary>
    [Id(8)] public string? CategorieJuridique { get; init; }
    [Id(9)] public string? SiegeSiret { get; init; }
    /// <summary>True when the siège is known to be abroad.</summary>
    [Id(10)] public bool SiegeEtranger { get; init; }
    /// <summary>False when Sirene says the unité légale is closed; null when unknown.</summary>
    [Id(11)] public bool? EstActif { get; init; }
}
