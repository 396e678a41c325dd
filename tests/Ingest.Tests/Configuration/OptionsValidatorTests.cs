using SignauxFaibles.Ingest.Configuration;

namespace SignauxFaibles.Ingest.Tests.Configuration;

public class OptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeed()
    {
        Assert.True(new KafkaOptionsValidator().Validate(null, new KafkaOptions()).Succeeded);
        Assert.True(new IngestOptionsValidator().Validate(null, new IngestOptions()).Succeeded);
    }

    [Fact]
    public void Validate_BadBootstrapOrCodeOwnedKey_FailsWithMessage()
    {
        var options = new KafkaOptions { BootstrapServers = "localhost" };
        options.Consumer["enable.auto.offset.store"] = "true";

        var result = new KafkaOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.Contains("BootstrapServers", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("enable.auto.offset.store", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_UnknownSourceOrZeroInFlight_Fails()
    {
        var options = new IngestOptions { MaxInFlightCalls = 0 };
        options.Sources.Add("urssaf.nope");

        var result = new IngestOptionsValidator().Validate(null, options);

        Assert.Equal(2, result.Failures!.Count());
    }

    [Fact]
    public void Consumer_ConfiguredOverrides_ApplyButCodeKeepsOffsetStoreOff()
    {
        var options = new KafkaOptions { BootstrapServers = "b:1" };
        options.Client["api.version.request"] = "false";
        options.Consumer["session.timeout.ms"] = "10000";

        var config = KafkaConfigFactory.Consumer(options, "g", "c");

        Assert.Equal("false", config.Get("api.version.request"));
        Assert.Equal(10000, config.SessionTimeoutMs);
        Assert.False(config.EnableAutoOffsetStore);
        Assert.Equal("g", config.GroupId);
    }
}
