using Microsoft.Extensions.Options;
using SignauxFaibles.Domain.Events;

namespace SignauxFaibles.Ingest.Configuration;

/// <summary>Start-up validation of <see cref="IngestOptions"/>.</summary>
public sealed class IngestOptionsValidator : IValidateOptions<IngestOptions>
{
    public ValidateOptionsResult Validate(string? name, IngestOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.GroupId))
        {
            failures.Add("Kafka:Ingest:GroupId is required.");
        }

        foreach (var source in options.Sources.Where(s => !EventSchemas.TryGet(s, out _)))
        {
            failures.Add($"Kafka:Ingest:Sources: '{source}' is not a known schema (one of {string.Join(", ", EventSchemas.All.Select(s => s.Name))}).");
        }

        Positive(failures, options.MaxBatchSize, nameof(options.MaxBatchSize));
        Positive(failures, options.MaxInFlightCalls, nameof(options.MaxInFlightCalls));
        Positive(failures, options.MaxApplyAttempts, nameof(options.MaxApplyAttempts));
        Positive(failures, options.AlignmentCapacity, nameof(options.AlignmentCapacity));
        if (options.AlignmentSilence <= TimeSpan.Zero)
        {
            failures.Add("Kafka:Ingest:AlignmentSilence must be > 0.");
        }

        if (options.MaxBatchWait < TimeSpan.Zero || options.ApplyRetryDelay < TimeSpan.Zero || options.DrainTimeout <= TimeSpan.Zero || options.StallAfter <= TimeSpan.Zero)
        {
            failures.Add("Kafka:Ingest: MaxBatchWait and ApplyRetryDelay must be >= 0, DrainTimeout and StallAfter > 0.");
        }

        if (options.StorageRetryMaxDelay <= TimeSpan.Zero)
        {
            failures.Add("Kafka:Ingest:StorageRetryMaxDelay must be > 0.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Positive(List<string> failures, int value, string name)
    {
        if (value <= 0)
        {
            failures.Add($"Kafka:Ingest:{name} must be positive (got {value}).");
        }
    }
}
