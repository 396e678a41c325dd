using System.Collections.Immutable;
using Orleans;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Contracts;

/// <summary>
/// The monthly series of a firm page's charts (effectif, activité partielle, cotisations, debt parts,
/// payment plan): every series holds one value per month from <see cref="From"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("sf.FirmSeries.v1")]
public sealed record FirmSeries(
    [property: Id(0)] string Siren,
    [property: Id(1)] Month From,
    [property: Id(2)] int Months,
    [property: Id(3)] ImmutableArray<NamedSeries> Series);
