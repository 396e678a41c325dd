using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Domain.Rules;

/// <summary>
/// A firm headcount at a month: <see cref="Value"/> is <see cref="double.NaN"/> when nothing is known;
/// <see cref="Reported"/> is false when the value was carried forward from <see cref="From"/>.
/// </summary>
public readonly record struct Headcount(double Value, bool Reported, Month From)
{
    public static Headcount Unknown => new(double.NaN, false, default);

    public bool IsKnown => !double.IsNaN(Value);
}
