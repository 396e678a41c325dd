using SignauxFaibles.Domain.Time;
using SignauxFaibles.Simulator.Economy;
using SignauxFaibles.Simulator.Output;

namespace SignauxFaibles.Simulator;

/// <summary>What a run is: everything that determines its outputs (the same options give the same bytes).</summary>
public sealed record SimulationOptions
{
    public required ulong Seed { get; init; }

    /// <summary>Number of firms (100 to 1,000,000), including those created during the run.</summary>
    public required int Firms { get; init; }

    /// <summary>Length of the run in months.</summary>
    public required int Months { get; init; }

    public Month Start { get; init; } = Month.Of(2019, 1);

    public CrisisSpec? Crisis { get; init; }

    /// <summary>Share of partner-file rows followed by a deliberately malformed copy (0 = none).</summary>
    public double MalformedRate { get; init; }

    public bool PartnerFiles { get; init; } = true;

    /// <summary>Write truth/hazard.csv (one row per in-bonis firm-month; large for big runs).</summary>
    public bool WriteHazards { get; init; } = true;

    public required string OutputDirectory { get; init; }

    public Calibration Calibration { get; init; } = Calibration.Default;

    /// <summary>The partner formats to write (default: every format with a writer).</summary>
    public IReadOnlyList<IPartnerFileSink>? PartnerSinks { get; init; }

    /// <summary>Worker threads for stepping firms; results do not depend on it.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Months simulated before the start so debts, headcount history and statements are in place.</summary>
    public int BurnInMonths { get; init; } = 15;

    public Month End => Start.AddMonths(Months);

    /// <summary>Returns the first problem with the options, or null.</summary>
    public string? Validate() =>
        Firms is < 100 or > 1_000_000 ? $"--firms must be between 100 and 1,000,000 (got {Firms})"
        : Months is < 1 or > 600 ? $"--months must be between 1 and 600 (got {Months})"
        : Start.Year is < 1990 or > 2090 ? $"--start must be between 1990 and 2090 (got {Start})"
        : MalformedRate is < 0 or > 0.5 || double.IsNaN(MalformedRate) ? $"--malformed-rate must be between 0 and 0.5 (got {MalformedRate})"
        : Crisis is { } c && (c.Start < Start || c.Start >= End) ? $"--crisis must start inside the run ({Start} to {End.Previous}), got {c.Start}"
        : string.IsNullOrWhiteSpace(OutputDirectory) ? "--out is required"
        : Parallelism < 1 ? "parallelism must be at least 1"
        : null;
}
