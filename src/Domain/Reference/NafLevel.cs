using Orleans;

namespace SignauxFaibles.Domain.Reference;

/// <summary>One level of a NAF rev. 2 code with its INSEE label.</summary>
/// <param name="Niveau">The level's stable code: <c>section</c>, <c>division</c>, <c>groupe</c>, <c>classe</c>, <c>sous_classe</c>.</param>
/// <param name="Code">The code at that level ("C", "25", "25.6", "25.62", "25.62B").</param>
/// <param name="Libelle">The French label.</param>
[GenerateSerializer, Immutable, Alias("sf.NafLevel.v1")]
public sealed record NafLevel(
    [property: Id(0)] string Niveau,
    [property: Id(1)] string Code,
    [property: Id(2)] string Libelle);
