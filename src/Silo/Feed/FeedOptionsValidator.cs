using Microsoft.Extensions.Options;

namespace SignauxFaibles.Silo.Feed;

/// <summary>Rejects feed options that cannot work, at start-up.</summary>
public sealed class FeedOptionsValidator : IValidateOptions<FeedOptions>
{
    public ValidateOptionsResult Validate(string? name, FeedOptions options)
    {
        var failures = new List<string>();
        if (!Enum.IsDefined(options.Source))
        {
            failures.Add($"Feed:Source '{options.Source}' is not one of {string.Join(", ", Enum.GetNames<FeedSource>())}");
        }

        if (options.MaxConcurrentCalls is < 1 or > 1024)
        {
            failures.Add($"Feed:MaxConcurrentCalls must be between 1 and 1024 (got {options.MaxConcurrentCalls})");
        }

        if (options.MaxAttempts is < 1 or > 100)
        {
            failures.Add($"Feed:MaxAttempts must be between 1 and 100 (got {options.MaxAttempts})");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
