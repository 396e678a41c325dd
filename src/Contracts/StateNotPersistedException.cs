using Orleans;

namespace SignauxFaibles.Contracts;

/// <summary>
/// A grain could not write its state (storage unreachable, timeout, conflict): nothing of the call is
/// acknowledged and the grain deactivates, so the next call starts from the stored state. A transient
/// condition, never a property of the events: callers retry the same batch rather than dead-letter it.
/// </summary>
[GenerateSerializer, Alias("sf.StateNotPersistedException.v1")]
public sealed class StateNotPersistedException : Exception
{
    public StateNotPersistedException()
    {
    }

    public StateNotPersistedException(string message)
        : base(message)
    {
    }

    public StateNotPersistedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
