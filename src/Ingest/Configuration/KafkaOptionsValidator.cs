using Microsoft.Extensions.Options;

namespace SignauxFaibles.Ingest.Configuration;

/// <summary>Start-up validation of <see cref="KafkaOptions"/>: a bad setting stops the host with a message, not a hang.</summary>
public sealed class KafkaOptionsValidator : IValidateOptions<KafkaOptions>
{
    public ValidateOptionsResult Validate(string? name, KafkaOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.BootstrapServers))
        {
            failures.Add("Kafka:BootstrapServers is required (host:port[,host:port...]).");
        }
        else if (options.BootstrapServers.Split(',').Any(s => !IsHostPort(s.Trim())))
        {
            failures.Add($"Kafka:BootstrapServers '{options.BootstrapServers}' must be a comma-separated list of host:port.");
        }

        if (options.TopicPrefix.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-')))
        {
            failures.Add($"Kafka:TopicPrefix '{options.TopicPrefix}' may only hold letters, digits, '.', '_' and '-'.");
        }

        foreach (var (section, dict) in new[] { ("Client", options.Client), ("Producer", options.Producer), ("Consumer", options.Consumer) })
        {
            // These are owned by the code: letting configuration change them would break offset semantics.
            foreach (var owned in KafkaConfigFactory.CodeOwnedConsumerKeys.Where(dict.ContainsKey))
            {
                failures.Add($"Kafka:{section}:{owned} cannot be configured: the ingest's offset handling relies on its value.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsHostPort(string s)
    {
        var colon = s.LastIndexOf(':');
        return colon > 0 && int.TryParse(s.AsSpan(colon + 1), out var port) && port is > 0 and < 65536;
    }
}
