using System.Collections.Immutable;
using Orleans;

namespace SignauxFaibles.Domain.Reference;

/// <summary>
/// An activity read at every NAF rev. 2 level, section to sous-classe, with the INSEE labels
/// (<see cref="NafLabels.Of"/>). Equal when the levels are equal, so views holding it compare by value.
/// </summary>
/// <param name="Levels">From the section down to the most precise level the code gives.</param>
[GenerateSerializer, Immutable, Alias("sf.NafActivity.v1")]
public sealed record NafActivity([property: Id(0)] ImmutableArray<NafLevel> Levels)
{
    /// <summary>The label of the most precise level (the sous-classe's when the code is complete).</summary>
    public string Libelle => Levels[^1].Libelle;

    /// <summary>The activity of <paramref name="ape"/>, or null when its division is unknown.</summary>
    public static NafActivity? Of(string? ape) => NafLabels.Of(ape) is { IsEmpty: false } levels ? new NafActivity(levels) : null;

    public bool Equals(NafActivity? other) => other is not null && Levels.SequenceEqual(other.Levels);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var level in Levels)
        {
            hash.Add(level);
        }

        return hash.ToHashCode();
    }
}
