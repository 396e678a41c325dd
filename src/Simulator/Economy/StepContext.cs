using SignauxFaibles.Domain.Time;
using SignauxFaibles.Simulator.Delivery;

namespace SignauxFaibles.Simulator.Economy;

/// <summary>What a firm's monthly step needs to know beyond the firm itself.</summary>
internal sealed record StepContext(
    Month Month,
    Month RunStart,
    Month RunEnd,
    Calibration Calibration,
    MacroEnvironment Macro,
    DeliveryCalendar Calendar)
{
    /// <summary>False during the burn-in months before the run: the state evolves, nothing is delivered.</summary>
    public bool Emitting => Month >= RunStart;
}
