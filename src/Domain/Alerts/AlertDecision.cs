namespace SignauxFaibles.Domain.Alerts;

/// <summary>The outcome of one evaluation: the next state, and the event to publish if the level changed.</summary>
public sealed record AlertDecision(AlertState State, AlertEvent? Event);
