using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Simulator.Output;

/// <summary>
/// Receives the events of a run. Within a month events arrive in firm order, each stamped with its
/// delivery day (always inside that month); <see cref="CompleteMonth"/> marks the end of the month, when a
/// sink can release the month's deliveries in day order.
/// </summary>
public interface IEventSink : IDisposable
{
    void Write(FirmEvent e);

    void CompleteMonth(Month month);
}
