using Microsoft.Extensions.Options;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Silo.Feed;

/// <summary>Rejects simulator feed options that cannot work, at start-up.</summary>
public sealed class SimulatorFeedOptionsValidator : IValidateOptions<SimulatorFeedOptions>
{
    public ValidateOptionsResult Validate(string? name, SimulatorFeedOptions options)
    {
        var failures = new List<string>();
        if (options.Firms is < 100 or > 1_000_000)
        {
            failures.Add($"Feed:Simulator:Firms must be between 100 and 1,000,000 (got {options.Firms})");
        }

        if (options.Months is < 1 or > 600)
        {
            failures.Add($"Feed:Simulator:Months must be between 1 and 600 (got {options.Months})");
        }

        if (!Month.TryParse(options.Start, out _))
        {
            failures.Add($"Feed:Simulator:Start '{options.Start}' is not a month yyyy-MM");
        }

        if (options.ReplayMonths < 0 || options.ReplayMonths > options.Months)
        {
            failures.Add($"Feed:Simulator:ReplayMonths must be between 0 and Months ({options.Months}) (got {options.ReplayMonths})");
        }

        if (options.DayDuration < TimeSpan.Zero || options.DayDuration > TimeSpan.FromMinutes(10))
        {
            failures.Add($"Feed:Simulator:DayDuration must be between 0 and 10 minutes (got {options.DayDuration})");
        }

        if (options.Partitions is < 1 or > 1024)
        {
            failures.Add($"Feed:Simulator:Partitions must be between 1 and 1024 (got {options.Partitions})");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
