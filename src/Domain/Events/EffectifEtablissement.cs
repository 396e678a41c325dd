using System.Collections.Immutable;
using Orleans;

namespace SignauxFaibles.Domain.Events;

/// <summary>
/// URSSAF effectif of an establishment: one row of the wide <c>effAAAAXY</c> file, i.e. the headcount of
/// every month the delivery covers. A later delivery replaces the months it carries (stock semantics).
/// </summary>
[GenerateSerializer, Immutable, Alias("sf.EffectifEtablissement.v1")]
public sealed record EffectifEtablissement : EstablishmentEvent
{
    [Id(0)] public string Compte { get; init; } = "";
    /// <summary>Months in increasing order, each at most once; months with an empty cell are absent.</summary>
    [Id(1)] public required ImmutableArray<MonthlyHeadcount> Months { get; init; }
}
