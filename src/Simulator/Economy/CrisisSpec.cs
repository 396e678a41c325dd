using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Simulator.Economy;

/// <summary>An economy-wide crisis such as a lockdown: from <see cref="Start"/> for <see cref="Months"/> months.</summary>
public sealed record CrisisSpec(Month Start, int Months)
{
    public Month EndExclusive => Start.AddMonths(Months);

    /// <summary>Parses "2020-03:3" (start month and length in months).</summary>
    public static bool TryParse(string? text, out CrisisSpec? crisis)
    {
        crisis = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var parts = text.Split(':');
        if (parts.Length != 2 || !Month.TryParse(parts[0], out var start)
            || !int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var months)
            || months is < 1 or > 36)
        {
            return false;
        }

        crisis = new CrisisSpec(start, months);
        return true;
    }

    public override string ToString() => $"{Start}:{Months}";
}
