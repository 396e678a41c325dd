using System.Collections.Immutable;
using Orleans;
using SignauxFaibles.Domain.History;
using SignauxFaibles.Domain.Reference;

namespace SignauxFaibles.Domain.Perimeter;

/// <summary>
/// Where a firm is (domain.md §2, "Zone"): every département where it has an establishment, for access
/// control and zone filters, and the siège's, for display. Établissements closed in Sirene still count when
/// the firm has no open one (a closed firm stays visible where it was). The siège's département is in the
/// zone even when Sirene delivered no other establishment. Zones compare by value.
/// </summary>
/// <param name="Siege">The siège's département, or null when the siège is unknown.</param>
/// <param name="Departements">Every département of the zone, sorted, without duplicates.</param>
[GenerateSerializer, Immutable, Alias("sf.FirmZone.v1")]
public sealed record FirmZone(
    [property: Id(0)] string? Siege,
    [property: Id(1)] ImmutableArray<string> Departements)
{
    /// <summary>The régions of the zone's départements, sorted, without duplicates.</summary>
    public ImmutableArray<string> Regions =>
        [.. Departements.Select(Reference.Departements.RegionOf).OfType<string>().Distinct().Order(StringComparer.Ordinal)];

    /// <summary>True when the zone holds <paramref name="departement"/> (codes as Sirene writes them: "1" is "01").</summary>
    public bool Contains(string departement) =>
        Reference.Departements.Find(departement) is { } d ? Departements.Contains(d.Code) : Departements.Contains(departement);

    public bool Equals(FirmZone? other) =>
        other is not null && string.Equals(Siege, other.Siege, StringComparison.Ordinal) && Departements.SequenceEqual(other.Departements);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Siege);
        foreach (var d in Departements)
        {
            hash.Add(d);
        }

        return hash.ToHashCode();
    }

    public static FirmZone Of(FirmHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var open = new SortedSet<string>(StringComparer.Ordinal);
        var all = new SortedSet<string>(StringComparer.Ordinal);
        foreach (ref readonly var e in history.Etablissements)
        {
            if (Normalise(e.Departement) is not { } d)
            {
                continue;
            }

            all.Add(d);
            if (e.EstActif)
            {
                open.Add(d);
            }
        }

        var zone = open.Count > 0 ? open : all;
        var siege = Normalise(history.Siege?.Departement);
        if (siege is not null)
        {
            zone.Add(siege);
        }

        return new FirmZone(siege, [.. zone]);
    }

    private static string? Normalise(string? departement) =>
        string.IsNullOrWhiteSpace(departement) ? null : Reference.Departements.Find(departement)?.Code ?? departement;
}
