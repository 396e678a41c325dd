using SignauxFaibles.Domain.Events;

namespace SignauxFaibles.Simulator.Truth;

/// <summary>Ground truth of one judgment of a procédure collective (also delivered as an event).</summary>
public readonly record struct JudgmentRow(int FirmIndex, DateOnly DateEffet, ProcolAction Action, ProcolStade Stade, bool FirstJudgment);
