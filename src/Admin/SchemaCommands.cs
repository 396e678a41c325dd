using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SignauxFaibles.Storage;

namespace SignauxFaibles.Admin;

/// <summary>
/// <c>sf-admin migrate [--connection-string S]</c>, <c>sf-admin schema-version [--connection-string S]</c>.
/// The connection string comes from the option or from configuration <c>ConnectionStrings:Orleans</c>
/// (environment <c>ConnectionStrings__Orleans</c>), as for the silos. Exit codes: 0 done, 1 database error,
/// 2 usage, 3 the database schema is newer than this build.
/// </summary>
internal static class SchemaCommands
{
    public static Command Migrate(TextWriter output, TextWriter error) =>
        Build("migrate", "Brings the cluster's PostgreSQL database (membership, grain state, reminders) to this build's schema.", error, async (services, connectionString, ct) =>
        {
            var result = await services.GetRequiredService<SchemaMigrator>().MigrateAsync(connectionString, ct);
            await output.WriteLineAsync(result.Applied.Count == 0
                ? $"schema already at version {result.ToVersion}"
                : $"schema migrated from version {result.FromVersion} to {result.ToVersion} ({string.Join(", ", result.Applied)})");
            return ExitCodes.Ok;
        });

    public static Command SchemaVersion(TextWriter output, TextWriter error) =>
        Build("schema-version", "Prints the database's schema version and this build's (exit code 3 when the database is newer).", error, async (_, connectionString, ct) =>
        {
            var version = await SchemaMigrator.ReadVersionAsync(connectionString, ct);
            await output.WriteLineAsync($"database {version}, code {MigrationCatalog.LatestVersion}");
            return version > MigrationCatalog.LatestVersion ? ExitCodes.SchemaTooNew : ExitCodes.Ok;
        });

    private static Command Build(string name, string description, TextWriter error, Func<IServiceProvider, string, CancellationToken, Task<int>> run)
    {
        var connection = new Option<string?>("--connection-string") { Description = "Npgsql connection string (default: ConnectionStrings__Orleans)." };
        var command = new Command(name, description) { connection, AdminHost.Environment };
        command.SetAction(async (parse, cancellationToken) => await AdminHost.RunAsync(
            parse,
            error,
            new Dictionary<string, string?> { ["ConnectionStrings:Orleans"] = parse.GetValue(connection) is { Length: > 0 } cs ? cs : null },
            (services, _) => services.AddSingleton<SchemaMigrator>(),
            async (services, configuration, ct) =>
            {
                var connectionString = configuration.GetConnectionString("Orleans");
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    await error.WriteLineAsync("sf-admin: no connection string (--connection-string or ConnectionStrings__Orleans)");
                    return ExitCodes.Usage;
                }

                try
                {
                    return await run(services, connectionString, ct);
                }
                catch (SchemaTooNewException ex)
                {
                    await error.WriteLineAsync($"sf-admin: {ex.Message}");
                    return ExitCodes.SchemaTooNew;
                }
                catch (Exception ex) when (ex is NpgsqlException or ArgumentException)
                {
                    await error.WriteLineAsync($"sf-admin: {ex.Message}");
                    return ExitCodes.DatabaseError;
                }
            },
            cancellationToken));
        return command;
    }
}
