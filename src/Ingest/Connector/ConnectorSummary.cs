using SignauxFaibles.Formats.Core;

namespace SignauxFaibles.Ingest.Connector;

/// <summary>What producing one file did: the reader's counts (accepted, rejected per reason) and the broker's acknowledgements.</summary>
public sealed record ConnectorSummary(FileReport Report, long EventsDelivered, long DeadLettersDelivered, long DeliveryFailures, string? FirstDeliveryError, TimeSpan Elapsed)
{
    public bool Succeeded => Report.Fatal is null && DeliveryFailures == 0;

    public override string ToString() =>
        $"{Report.Summary}; delivered {EventsDelivered} events and {DeadLettersDelivered} dead letters"
        + (DeliveryFailures > 0 ? $", {DeliveryFailures} DELIVERY FAILURES (first: {FirstDeliveryError})" : "")
        + $" in {Elapsed.TotalSeconds:F1} s";
}
