using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using SignauxFaibles.Storage;

namespace SignauxFaibles.Admin;

/// <summary>
/// <c>sf-admin migrate [--connection-string S]</c>, <c>sf-admin schema-version [--connection-string S]</c>.
/// The connection string comes from the option or from configuration <c>ConnectionStrings:Orleans</c>
/// (environment <c>ConnectionStrings__Orleans</c>), as for the silos. Exit codes: 0 done, 1 database error,
/// 2 usage, 3 the database schema is newer than this build.
/// </summary>
public static class AdminCommands
{
    public const int Ok = 0;
    public const int DatabaseError = 1;
    public const int Usage = 2;
    public const int SchemaTooNew = 3;

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("migrate" or "schema-version"))
        {
            await Console.Error.WriteLineAsync("usage: sf-admin migrate|schema-version [--connection-string <npgsql connection string>]");
            return Usage;
        }

        var builder = Host.CreateApplicationBuilder(args[1..]);
        builder.Configuration.AddCommandLine(args[1..], new Dictionary<string, string> { ["--connection-string"] = "ConnectionStrings:Orleans" });
        builder.Services.AddSingleton<SchemaMigrator>();
        using var host = builder.Build();
        var connectionString = builder.Configuration.GetConnectionString("Orleans");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            await Console.Error.WriteLineAsync("sf-admin: no connection string (--connection-string or ConnectionStrings__Orleans)");
            return Usage;
        }

        var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
        var ct = lifetime.ApplicationStopping;
        try
        {
            if (args[0] == "schema-version")
            {
                var version = await SchemaMigrator.ReadVersionAsync(connectionString, ct);
                Console.WriteLine($"database {version}, code {MigrationCatalog.LatestVersion}");
                return version > MigrationCatalog.LatestVersion ? SchemaTooNew : Ok;
            }

            var result = await host.Services.GetRequiredService<SchemaMigrator>().MigrateAsync(connectionString, ct);
            Console.WriteLine(result.Applied.Count == 0
                ? $"schema already at version {result.ToVersion}"
                : $"schema migrated from version {result.FromVersion} to {result.ToVersion} ({string.Join(", ", result.Applied)})");
            return Ok;
        }
        catch (SchemaTooNewException ex)
        {
            await Console.Error.WriteLineAsync($"sf-admin: {ex.Message}");
            return SchemaTooNew;
        }
        catch (Exception ex) when (ex is NpgsqlException or PostgresException or ArgumentException)
        {
            await Console.Error.WriteLineAsync($"sf-admin: {ex.Message}");
            return DatabaseError;
        }
    }
}
