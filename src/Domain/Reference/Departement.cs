namespace SignauxFaibles.Domain.Reference;

/// <summary>A département with its région (INSEE codes; région "00" for the overseas collectivities).</summary>
public sealed record Departement(string Code, string Libelle, string Region, string LibelleRegion);
