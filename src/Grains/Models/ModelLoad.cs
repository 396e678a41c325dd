using System.Diagnostics.CodeAnalysis;
using SignauxFaibles.Domain.Scoring;

namespace SignauxFaibles.Grains.Models;

/// <summary>A version loaded (its scorer) or refused (the reason, for the operator).</summary>
public sealed record ModelLoad(IRiskScorer? Scorer, string? Error)
{
    [MemberNotNullWhen(true, nameof(Scorer))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Loaded => Scorer is not null;

    public static ModelLoad Of(IRiskScorer scorer) => new(scorer, null);

    public static ModelLoad Refused(string error) => new(null, error);
}
