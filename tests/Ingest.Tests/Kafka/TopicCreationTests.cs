using SignauxFaibles.Ingest.Topics;

namespace SignauxFaibles.Ingest.Tests.Kafka;

/// <summary>
/// scripts/create-topics.sh is what operators run and what every Kafka test fixture runs; two runs at once
/// (two test projects on a fresh broker, two operators) must both succeed, not fail on the topics the other created.
/// </summary>
[Collection(KafkaTestGroup.Name)]
[Trait("Category", "Kafka")]
public sealed class TopicCreationTests(KafkaFixture kafka)
{
    [Fact]
    public async Task TwoRunsAtOnce_OnNewTopics_BothSucceed_AndEveryTopicExists()
    {
        var prefix = $"sf.race{Guid.NewGuid():N}"[..20] + ".";
        var topics = new TopicNames(prefix);
        Assert.Equal(topics.All.Count, kafka.Producer.MissingTopics(topics.All, TimeSpan.FromSeconds(15)).Count);

        var runs = await Task.WhenAll(
            Task.Run(() => KafkaFixture.RunCreateTopics(prefix, 1)),
            Task.Run(() => KafkaFixture.RunCreateTopics(prefix, 1)));

        Assert.All(runs, run => Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}: {run.Output}"));
        Assert.Empty(kafka.Producer.MissingTopics(topics.All, TimeSpan.FromSeconds(15)));
        var mentioned = runs.SelectMany(run => run.Output.Split('\n')).Where(line => line.StartsWith("created ", StringComparison.Ordinal) || line.StartsWith("exists ", StringComparison.Ordinal)).ToList();
        Assert.All(topics.All, topic => Assert.Contains(mentioned, line => line.Contains(topic + " ", StringComparison.Ordinal)));
    }

    [Fact]
    public void IllegalTopicName_FailsWithTheBrokersReason()
    {
        var (exitCode, output) = KafkaFixture.RunCreateTopics("sf.bad!name.", 1);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("is missing", output, StringComparison.Ordinal);
        Assert.Contains("illegal", output, StringComparison.Ordinal);
    }
}
