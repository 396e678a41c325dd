using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SignauxFaibles.Silo.Tests;
using SignauxFaibles.Web.Security;
using SignauxFaibles.TestSupport;

namespace SignauxFaibles.Web.Tests;

/// <summary>
/// The embedded run (`dotnet run --project src/Silo`) with the web app mounted, as a child process on free
/// ports with its own SQLite store, once alerts exist in Paris (75) and in the Bouches-du-Rhône (13): the
/// two zones of the seeded accounts the tests compare.
/// </summary>
public sealed class WebSiloFixture : IAsyncLifetime
{
    public const int SimulatedFirms = 3000;

    private ProgramProcess? _silo;

    public int HttpPort { get; } = FreePort.Next();

    public Uri BaseAddress => new($"http://127.0.0.1:{HttpPort}");

    /// <summary>A firm in alert in Paris.</summary>
    public string SirenParis { get; private set; } = "";

    /// <summary>A firm in alert in the Bouches-du-Rhône.</summary>
    public string SirenMarseille { get; private set; } = "";

    public string Output => _silo?.Output ?? "";

    public HttpClient Client(string? login)
    {
        var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(90) };
        if (login is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
                "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{login}:{DevelopmentAccounts.Password}")));
        }

        return http;
    }

    public async Task InitializeAsync()
    {
        _silo = ProgramProcess.Start("Silo", "SignauxFaibles.Silo", [], new Dictionary<string, string>
        {
            ["Urls"] = BaseAddress.ToString(),
            ["Orleans__Endpoints__SiloPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            ["Orleans__Endpoints__GatewayPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            ["Feed__Simulator__Firms"] = SimulatedFirms.ToString(CultureInfo.InvariantCulture),
            ["Web__Store__ConnectionString"] = $"Data Source={Path.Combine(Path.GetTempPath(), $"sf-web-test-{Guid.NewGuid():N}.db")}",
        });
        using var national = Client("national");
        await Eventually.Until(
            async () =>
            {
                if (_silo.HasExited)
                {
                    throw new InvalidOperationException($"the silo exited with code {_silo.ExitCode}:\n{_silo.Output}");
                }

                try
                {
                    var alerts = await national.GetFromJsonAsync<JsonElement>("/api/alertes?limite=500");
                    SirenParis = First(alerts, "75") ?? "";
                    SirenMarseille = First(alerts, "13") ?? "";
                    return SirenParis.Length > 0 && SirenMarseille.Length > 0;
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                    return false;
                }
            },
            TimeSpan.FromSeconds(240),
            () => $"no alert in both 75 and 13; silo output:\n{_silo.Output}",
            TimeSpan.FromMilliseconds(500));
    }

    public Task DisposeAsync()
    {
        _silo?.Dispose();
        return Task.CompletedTask;
    }

    private static string? First(JsonElement alerts, string departement) =>
        alerts.EnumerateArray()
            .Where(a => a.GetProperty("departement").GetString() == departement)
            .Select(a => a.GetProperty("siren").GetString())
            .FirstOrDefault();
}

[CollectionDefinition(Name)]
public sealed class WebSiloGroup : ICollectionFixture<WebSiloFixture>
{
    public const string Name = "web silo";
}
