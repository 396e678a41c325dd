namespace SignauxFaibles.Domain.History;

/// <summary>
/// A fact the history stores: a natural key, the day it was delivered and its content. Two facts with the
/// same key are versions of one another (a correction or a duplicate); <see cref="Rules.FactMerge"/> keeps
/// exactly one of them, whatever the order in which they arrive.
/// </summary>
/// <typeparam name="TSelf">The fact type itself.</typeparam>
public interface IFact<TSelf>
    where TSelf : struct, IFact<TSelf>
{
    /// <summary>The day the partner delivered the fact; the later delivery of a key wins.</summary>
    DateOnly DeliveredOn { get; }

    /// <summary>Orders two deliveries of the same day (later wins); 0 when the delivery did not say.</summary>
    long DeliverySequence { get; }

    /// <summary>Total order on natural keys (ordinal on strings), the order facts are stored and summed in.</summary>
    static abstract int CompareKey(in TSelf a, in TSelf b);

    /// <summary>Total order on the stored content, used only to break ties between same-day versions.</summary>
    static abstract int CompareContent(in TSelf a, in TSelf b);
}
