using System.Diagnostics;
using System.Text.Json;
using SignauxFaibles.Silo.Tests;
using SignauxFaibles.TestSupport;

namespace SignauxFaibles.Cluster.Tests;

/// <summary>
/// One silo as the built program, on ports of its own (kept across a restart, as an operator would), with
/// an HTTP client on its endpoints. <see cref="Kill"/> is SIGKILL: no shutdown code runs.
/// </summary>
internal sealed class SiloProcess : IAsyncDisposable
{
    private readonly Dictionary<string, string> _environment;
    private readonly string _environmentName;
    private ProgramProcess _process;
    private bool _killed;

    private SiloProcess(string environmentName, Dictionary<string, string> environment, ProgramProcess process)
    {
        _environmentName = environmentName;
        _environment = environment;
        _process = process;
        Http = new HttpClient { BaseAddress = new Uri(environment["Urls"]), Timeout = TimeSpan.FromSeconds(30) };

        // The silo's JSON endpoints are unfiltered by zone, so they need the admin role (seeded development account).
        Http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("admin:signaux-faibles")));
    }

    public HttpClient Http { get; }

    public string Output => _process.Output;

    /// <summary>Starts the silo in <paramref name="environmentName"/> with <paramref name="settings"/> as environment variables.</summary>
    public static SiloProcess Start(string environmentName, IReadOnlyDictionary<string, string> settings)
    {
        var environment = new Dictionary<string, string>(settings)
        {
            ["Urls"] = $"http://127.0.0.1:{FreePort.Next()}",
            ["Orleans__Endpoints__SiloPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Orleans__Endpoints__GatewayPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return new SiloProcess(environmentName, environment, Launch(environmentName, environment));
    }

    /// <summary>The process id of the running program.</summary>
    public int Id => _process.Id;

    /// <summary>The HTTP base address (kept across restarts).</summary>
    public string Url => _environment["Urls"];

    /// <summary>SIGTERM, then waits for the exit (a graceful stop: the ingest drains and leaves the group, the silo leaves the cluster); returns the exit code.</summary>
    public Task<int> TerminateAsync(TimeSpan timeout) => _process.TerminateAsync(timeout);

    /// <summary>SIGKILL.</summary>
    public void Kill()
    {
        _process.Dispose();
        KeepLog();
        _killed = true;
    }

    /// <summary>Starts the program again with the same configuration and ports.</summary>
    public void Restart()
    {
        if (!_killed)
        {
            _process.Dispose();
        }

        KeepLog();
        _process = Launch(_environmentName, _environment);
        _killed = false;
    }

    /// <summary>Polls <paramref name="path"/> until <paramref name="done"/> holds for its JSON; fails with the last body after <paramref name="timeout"/>.</summary>
    public async Task<JsonElement> WaitForAsync(string path, Func<JsonElement, bool> done, TimeSpan timeout, string what)
    {
        var last = "(no answer)";
        JsonElement result = default;
        await Eventually.Until(
            async () =>
            {
                Assert.False(_process.HasExited, $"the silo exited while waiting for {what}:\n{Tail(Output)}");
                try
                {
                    using var response = await Http.GetAsync(new Uri(path, UriKind.Relative));
                    last = await response.Content.ReadAsStringAsync();
                    result = JsonDocument.Parse(last).RootElement.Clone();
                    return done(result);
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException)
                {
                    last = ex.Message;
                    return false;
                }
            },
            timeout,
            () => $"{what}; last {path}: {last}\n{Tail(Output)}",
            TimeSpan.FromMilliseconds(250));
        return result;
    }

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await Http.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!_killed)
        {
            _process.Dispose();
            KeepLog();
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>With <c>SF_SILO_LOGS</c> set (a folder), appends the output of the ended run there, one file per silo.</summary>
    private void KeepLog()
    {
        if (Environment.GetEnvironmentVariable("SF_SILO_LOGS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            File.AppendAllText(Path.Combine(folder, $"silo-{new Uri(Url).Port}.log"), $"==== run ended {DateTime.UtcNow:O}\n{Output}");
        }
    }

    private static ProgramProcess Launch(string environmentName, Dictionary<string, string> environment) =>
        ProgramProcess.Start("Silo", "SignauxFaibles.Silo", ["--environment", environmentName], environment);

    private static string Tail(string output) => output.Length <= 4000 ? output : output[^4000..];
}
