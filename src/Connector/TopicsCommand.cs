using System.CommandLine;
using SignauxFaibles.Ingest.Topics;

namespace SignauxFaibles.Connector;

/// <summary><c>topics</c>: the topic names, as scripts/create-topics.sh creates them.</summary>
internal static class TopicsCommand
{
    public static Command Create()
    {
        var command = new Command("topics", "Print the topic names (what scripts/create-topics.sh creates).");
        command.SetAction(parse =>
        {
            foreach (var t in new TopicNames().All)
            {
                parse.InvocationConfiguration.Output.WriteLine(t);
            }
        });
        return command;
    }
}
