using System.Diagnostics;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Ingest.Tests.Support;
using SignauxFaibles.Ingest.Topics;

namespace SignauxFaibles.Ingest.Tests.Topics;

public class TopicNamesTests
{
    [Fact]
    public void For_Schema_IsPrefixPlusSchemaName()
    {
        var topics = new TopicNames();
        Assert.Equal("sf.urssaf.debit", topics.For(EventSchemas.Debit));
        Assert.True(topics.TryGetSchema("sf.dgefp.ap_demande", out var schema));
        Assert.Equal(EventSchemas.ApDemande, schema);
        Assert.False(topics.TryGetSchema("sf.deadletter", out _));
        Assert.Equal(EventSchemas.All.Count + 3, topics.All.Distinct().Count());
    }

    [Fact]
    public void CreateTopicsScript_Lists_ExactlyTheRegistry()
    {
        var start = new ProcessStartInfo("bash", [RepositoryPaths.Of("scripts", "create-topics.sh"), "--list", "--prefix", "x."]) { RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        var listed = process.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        process.WaitForExit();

        Assert.Equal(0, process.ExitCode);
        Assert.Equal(new TopicNames("x.").All.Order(), listed.Order());
    }
}
