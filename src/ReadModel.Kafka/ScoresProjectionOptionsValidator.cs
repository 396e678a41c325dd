using Microsoft.Extensions.Options;

namespace SignauxFaibles.ReadModel.Kafka;

/// <summary>Start-up validation of <see cref="ScoresProjectionOptions"/>.</summary>
public sealed class ScoresProjectionOptionsValidator : IValidateOptions<ScoresProjectionOptions>
{
    public ValidateOptionsResult Validate(string? name, ScoresProjectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.BatchSize is <= 0 or > 100_000)
        {
            failures.Add($"ReadModel:Kafka:BatchSize must be between 1 and 100000 (got {options.BatchSize}).");
        }

        if (options.MaxBatchWait < TimeSpan.Zero)
        {
            failures.Add("ReadModel:Kafka:MaxBatchWait must be >= 0.");
        }

        if (options.RetryMaxDelay <= TimeSpan.Zero || options.BrokerTimeout <= TimeSpan.Zero)
        {
            failures.Add("ReadModel:Kafka:RetryMaxDelay and BrokerTimeout must be > 0.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
