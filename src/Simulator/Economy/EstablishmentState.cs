namespace SignauxFaibles.Simulator.Economy;

/// <summary>The mutable monthly state of one establishment.</summary>
internal sealed class EstablishmentState
{
    /// <summary>Months of headcount kept for the effectif deliveries (12-month window, 2-month lag, room to spare).</summary>
    public const int HistoryLength = 16;

    /// <summary>Months of dues kept so earlier periods can be corrected.</summary>
    public const int DueHistoryLength = 8;

    public int Headcount { get; set; }

    /// <summary>Headcount ring indexed by month index modulo <see cref="HistoryLength"/>; -1 = not yet existing.</summary>
    public int[] HeadcountHistory { get; } = Enumerable.Repeat(-1, HistoryLength).ToArray();

    /// <summary>Contributions due ring indexed by month index modulo <see cref="DueHistoryLength"/>.</summary>
    public decimal[] DueHistory { get; } = new decimal[DueHistoryLength];

    public decimal QuarterDue { get; set; }

    public List<Ecart>? Ecarts { get; set; }

    public int NextEcartNumber { get; set; }

    public bool Closed { get; set; }

    public ApRequest? Ap { get; set; }

    /// <summary>Activité partielle hours consumed this month (they are not paid as wages).</summary>
    public double ApHours { get; set; }

    public decimal Debt
    {
        get
        {
            if (Ecarts is null)
            {
                return 0;
            }

            var sum = 0m;
            foreach (var e in Ecarts)
            {
                sum += e.Remaining;
            }

            return sum;
        }
    }
}
