using System.CommandLine;

namespace SignauxFaibles.Admin;

/// <summary>
/// The command line: <c>sf-admin migrate</c>, <c>sf-admin schema-version</c> (the cluster's PostgreSQL schema,
/// <see cref="SchemaCommands"/>) and <c>sf-admin readmodel rebuild</c> (<see cref="ReadModelCommands"/>), <c>sf-admin deadletter replay</c> (<see cref="DeadLetterCommands"/>).
/// Results go to <c>output</c>, messages and progress to <c>error</c>; exit codes in <see cref="ExitCodes"/>.
/// </summary>
public static class AdminCommands
{
    /// <summary>Parses and runs <paramref name="args"/>; a command line that does not parse exits with <see cref="ExitCodes.Usage"/>.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var parse = Build(output, error).Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors)
            {
                await error.WriteLineAsync($"sf-admin: {e.Message}");
            }

            await error.WriteLineAsync("usage: sf-admin migrate|schema-version [--connection-string <npgsql connection string>] | readmodel rebuild [options] | deadletter replay [options] (sf-admin --help)");
            return ExitCodes.Usage;
        }

        return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken);
    }

    public static RootCommand Build(TextWriter output, TextWriter error) =>
        new("Signaux Faibles operator commands: database schema, read model, dead letters.")
        {
            SchemaCommands.Migrate(output, error),
            SchemaCommands.SchemaVersion(output, error),
            ReadModelCommands.Build(error),
            DeadLetterCommands.Build(output, error),
        };
}
