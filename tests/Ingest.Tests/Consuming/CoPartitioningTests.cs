using SignauxFaibles.Ingest.Consuming;

namespace SignauxFaibles.Ingest.Tests.Consuming;

public class CoPartitioningTests
{
    [Fact]
    public void SameCounts_AreFine() =>
        Assert.Null(CoPartitioning.Problem(new Dictionary<string, int> { ["sf.urssaf.debit"] = 8, ["sf.dgefp.ap_conso"] = 8 }));

    [Fact]
    public void NoTopic_IsFine() => Assert.Null(CoPartitioning.Problem(new Dictionary<string, int>()));

    [Fact]
    public void ADifferentCount_NamesTheOddTopics() =>
        Assert.Equal(
            "most source topics have 8 partitions but sf.urssaf.debit (12)",
            CoPartitioning.Problem(new Dictionary<string, int> { ["sf.urssaf.debit"] = 12, ["sf.dgefp.ap_conso"] = 8, ["sf.urssaf.ccsf"] = 8 }));
}
