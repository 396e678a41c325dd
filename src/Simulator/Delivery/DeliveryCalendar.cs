using SignauxFaibles.Domain.Time;
using SignauxFaibles.Simulator.Randomness;

namespace SignauxFaibles.Simulator.Delivery;

/// <summary>
/// When each partner delivers in a month, as they really do: Sirene early in the month, DGEFP activité
/// partielle around the 10th (previous month's consumption), URSSAF files around the 20th, effectif once a
/// quarter (February, May, August, November) covering up to the end of the previous quarter, financial
/// statements at the end of the month. Days move off weekends; the jitter is drawn per month from the seed.
/// </summary>
public sealed class DeliveryCalendar
{
    private const ulong CalendarStream = 3;

    private readonly ulong seed;

    public DeliveryCalendar(ulong seed) => this.seed = seed;

    public DateOnly Sirene(Month m) => Day(m, 2, 4, 1);

    public DateOnly Dgefp(Month m) => Day(m, 8, 12, 2);

    public DateOnly Urssaf(Month m) => Day(m, 18, 22, 3);

    public DateOnly Financials(Month m) => Day(m, 25, 28, 4);

    /// <summary>Supplier payment behaviour of the previous month (credit-insurance data), early in the month.</summary>
    public DateOnly SupplierPayments(Month m) => Day(m, 5, 9, 6);

    /// <summary>The effectif delivery of the month, if the month has one.</summary>
    public DateOnly? Effectif(Month m) => m.MonthOfYear is 2 or 5 or 8 or 11 ? Day(m, 12, 16, 5) : null;

    /// <summary>The last month an effectif delivery of month <paramref name="m"/> covers (end of the previous quarter).</summary>
    public static Month EffectifLastMonth(Month m) => m.AddMonths(-2);

    /// <summary>How many months an effectif delivery covers (each month is delivered twice: stock semantics, the second delivery corrects provisional values).</summary>
    public const int EffectifWindow = 6;

    private DateOnly Day(Month m, int from, int to, ulong channel)
    {
        var rng = Rng.For(seed, CalendarStream, ((ulong)m.Index << 8) | channel);
        var date = m.FirstDay.AddDays(rng.Next(from, to + 1) - 1);
        return date.DayOfWeek switch
        {
            DayOfWeek.Saturday => date.AddDays(-1),
            DayOfWeek.Sunday => date.AddDays(1),
            _ => date,
        };
    }
}
