using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Simulator.Economy;

/// <summary>An open écart négatif of an establishment account: what remains due for one period.</summary>
internal sealed class Ecart
{
    public required string Number { get; init; }

    public required Month PeriodStart { get; init; }

    public required Month PeriodEnd { get; init; }

    public required decimal Original { get; init; }

    public required string Motif { get; init; }

    public int History { get; set; }

    public decimal PartOuvriere { get; set; }

    public decimal PartPatronale { get; set; }

    /// <summary>Monthly installment when the écart is under a payment plan, else 0.</summary>
    public decimal Installment { get; set; }

    public DateOnly LastTreatment { get; set; }

    /// <summary>Code of the last operation (1 creation, 2 majoration, 3 partial payment, 4 settled).</summary>
    public string LastOperation { get; set; } = "1";

    public decimal Remaining => PartOuvriere + PartPatronale;
}
