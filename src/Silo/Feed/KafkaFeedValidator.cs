using Microsoft.Extensions.Options;

namespace SignauxFaibles.Silo.Feed;

/// <summary>
/// With <c>Feed:Source=Kafka</c>, the broker must be named explicitly: falling back to the client default
/// (localhost:9092) would leave a silo waiting on a broker nobody meant, with no error.
/// </summary>
public sealed class KafkaFeedValidator(IConfiguration configuration) : IValidateOptions<FeedOptions>
{
    public ValidateOptionsResult Validate(string? name, FeedOptions options)
    {
        if (options.Source != FeedSource.Kafka || !string.IsNullOrWhiteSpace(configuration["Kafka:BootstrapServers"]))
        {
            return ValidateOptionsResult.Success;
        }

        return ValidateOptionsResult.Fail(
            "Feed:Source is Kafka but Kafka:BootstrapServers is not set. Set it (environment Kafka__BootstrapServers=host:port), " +
            "or run with --environment Local for the local test broker (src/Silo/appsettings.Local.json); docs/kafka.md lists every Kafka setting.");
    }
}
