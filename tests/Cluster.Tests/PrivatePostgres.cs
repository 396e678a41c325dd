using Npgsql;
using SignauxFaibles.Silo.Tests;

namespace SignauxFaibles.Cluster.Tests;

/// <summary>
/// A PostgreSQL 15 server of the test's own (initdb into a temporary folder, its own free port), so a test
/// may stop and restart it by the id of the postmaster it started, never touching the shared server. Role
/// sf/sf owns the database <c>signauxfaibles</c>. As root, the server runs as the <c>postgres</c> OS user.
/// Missing binaries fail loudly.
/// </summary>
internal sealed class PrivatePostgres : IAsyncDisposable
{
    private const string Bin = "/usr/lib/postgresql/15/bin";
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(90);

    private readonly string _directory;
    private readonly string _data;

    private PrivatePostgres(string directory, int port)
    {
        _directory = directory;
        _data = Path.Combine(directory, "data");
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username=sf;Password=sf;Database=signauxfaibles;Pooling=false";

    /// <summary>The postmaster's process id (from postmaster.pid), 0 when stopped.</summary>
    public int ProcessId => File.Exists(PidFile) && int.TryParse(File.ReadLines(PidFile).FirstOrDefault(), out var pid) ? pid : 0;

    private string PidFile => Path.Combine(_data, "postmaster.pid");

    private static bool AsRoot => Environment.UserName == "root";

    public static async Task<PrivatePostgres> StartAsync()
    {
        if (!File.Exists(Path.Combine(Bin, "initdb")))
        {
            throw new InvalidOperationException($"PostgreSQL 15 server binaries are missing ({Bin}/initdb): `bash scripts/services.sh start postgres` installs them");
        }

        var directory = Path.Combine(Path.GetTempPath(), $"sf-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        var server = new PrivatePostgres(directory, FreePort.Next());
        try
        {
            if (AsRoot)
            {
                await ToolProcess.RunAsync("chown", ["postgres:postgres", directory], Step, "chown the private PostgreSQL folder");
            }

            await RunAsync("initdb", ["-D", server._data, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8"], "initdb");
            await server.StartServerAsync();
            await using (var admin = new NpgsqlConnection($"Host=127.0.0.1;Port={server.Port};Username=postgres;Database=postgres;Pooling=false"))
            {
                await admin.OpenAsync();
                foreach (var sql in new[] { "CREATE ROLE sf LOGIN PASSWORD 'sf' CREATEDB", "CREATE DATABASE signauxfaibles OWNER sf" })
                {
                    await using var command = new NpgsqlCommand(sql, admin);
                    await command.ExecuteNonQueryAsync();
                }
            }

            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Fast shutdown (SIGINT to the postmaster: sessions cut, transactions aborted), waits until it is gone.</summary>
    public async Task StopAsync()
    {
        var pid = ProcessId;
        Assert.True(pid > 0, "the private PostgreSQL is not running");
        await ToolProcess.SignalAsync(pid, "-INT");
        await Eventually.Until(() => !ToolProcess.IsAlive(pid), Step, () => $"the private PostgreSQL (pid {pid}) did not stop", TimeSpan.FromMilliseconds(100));
    }

    /// <summary>Starts the stopped server again on the same port and data; returns when it accepts connections.</summary>
    public Task StartServerAsync() =>
        RunAsync(
            "pg_ctl",
            ["-D", _data, "-l", Path.Combine(_directory, "postgres.log"), "-w", "-t", "60", "-o", $"-p {Port} -k {_data} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200", "start"],
            "pg_ctl start");

    public async ValueTask DisposeAsync()
    {
        if (ProcessId is > 0 and var pid && ToolProcess.IsAlive(pid))
        {
            // Immediate shutdown: the data is thrown away.
            await ToolProcess.SignalAsync(pid, "-QUIT");
            await Eventually.Until(() => !ToolProcess.IsAlive(pid), Step, () => $"the private PostgreSQL (pid {pid}) did not stop", TimeSpan.FromMilliseconds(100));
        }

        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static Task<string> RunAsync(string program, IEnumerable<string> args, string what) =>
        AsRoot
            ? ToolProcess.RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(Bin, program), .. args], Step, what)
            : ToolProcess.RunAsync(Path.Combine(Bin, program), args, Step, what);
}
