using Microsoft.Extensions.Options;
using SignauxFaibles.Domain.Scoring;
using SignauxFaibles.Models;

namespace SignauxFaibles.Grains.Models;

/// <summary>Rejects model options that cannot work, at start-up.</summary>
public sealed class ModelsOptionsValidator(IRiskScorer builtIn) : IValidateOptions<ModelsOptions>
{
    public ValidateOptionsResult Validate(string? name, ModelsOptions options)
    {
        var failures = new List<string>();
        if (options.StorePath is { } store && !Directory.Exists(store))
        {
            failures.Add($"Models:Store '{store}' is not a folder (create it, or leave Models:Store unset to use the built-in model)");
        }

        if (options.InitialVersion is { } active)
        {
            if (!ModelId.IsValid(active))
            {
                failures.Add($"Models:Active '{active}' is not a valid model id");
            }
            else if (options.StorePath is null && active != builtIn.Model.Id)
            {
                failures.Add($"Models:Active '{active}' needs Models:Store (without a store only the built-in '{builtIn.Model.Id}' exists)");
            }
        }

        if (options.PollInterval < TimeSpan.FromMilliseconds(50) || options.PollInterval > TimeSpan.FromMinutes(5))
        {
            failures.Add($"Models:PollInterval must be between 50 ms and 5 minutes (got {options.PollInterval})");
        }

        if (options.RescoreConcurrency is < 1 or > 256)
        {
            failures.Add($"Models:RescoreConcurrency must be between 1 and 256 (got {options.RescoreConcurrency})");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
