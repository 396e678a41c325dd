using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Models;

/// <summary>A window of months, both ends included (JSON months are "yyyy-MM").</summary>
public sealed record ModelWindow(Month From, Month To)
{
    public override string ToString() => $"{From}..{To}";
}
