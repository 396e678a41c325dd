namespace SignauxFaibles.Silo.Feed;

/// <summary>
/// The in-process simulator feed (configuration section <c>Feed:Simulator</c>). The first
/// <see cref="ReplayMonths"/> months of the run are fed as fast as the grains take them (the history a
/// silo would catch up on); later deliveries are paced, <see cref="DayDuration"/> per simulated day.
/// </summary>
public sealed class SimulatorFeedOptions
{
    public const string Section = "Feed:Simulator";

    /// <summary>Firms simulated. Default 3,000.</summary>
    public int Firms { get; set; } = 3000;

    /// <summary>Seed of the run: the same seed gives the same economy. Default 42.</summary>
    public ulong Seed { get; set; } = 42;

    /// <summary>First month of the run, yyyy-MM. Default 2021-01.</summary>
    public string Start { get; set; } = "2021-01";

    /// <summary>Months simulated. Default 60.</summary>
    public int Months { get; set; } = 60;

    /// <summary>Months fed without pause before pacing starts. Default 24.</summary>
    public int ReplayMonths { get; set; } = 24;

    /// <summary>Wall-clock time per simulated day once paced. Default 1 s (a month in about 30 s).</summary>
    public TimeSpan DayDuration { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Partitions per simulated topic (positions mimic a Kafka log). Default 8.</summary>
    public int Partitions { get; set; } = 8;

    /// <summary>Where the simulator writes its run; default: a new folder under the temporary directory.</summary>
    public string? WorkDirectory { get; set; }
}
