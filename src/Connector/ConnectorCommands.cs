using System.CommandLine;

namespace SignauxFaibles.Connector;

/// <summary>
/// The command line. Each command lives in its own file (<c>XxxCommand.Create()</c>, running inside
/// <see cref="ConnectorHost"/>); adding one is a new file and one line here.
/// </summary>
internal static class ConnectorCommands
{
    public static RootCommand Build() => new("Signaux Faibles connector: partner files to Kafka topics.")
    {
        ProduceCommand.Create(),
        ValidateCommand.Create(),
        TopicsCommand.Create(),
    };
}
