using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using SignauxFaibles.Ingest.Tests.Support;
using SignauxFaibles.Silo.Hosting;
using SignauxFaibles.Silo.Http;
using SignauxFaibles.Silo.ReadModel;

namespace SignauxFaibles.Ingest.Tests.Kafka;

/// <summary>
/// The silo host exactly as <c>src/Silo/Program.cs</c> composes it, with src/Silo as content root (so its
/// appsettings.json and appsettings.&lt;environment&gt;.json are the ones read), on free ports, plus the
/// given command-line settings. Nothing is substituted: the configuration alone chooses the feed.
/// </summary>
internal sealed class SiloHost : IAsyncDisposable
{
    private SiloHost(WebApplication app, Uri address)
    {
        App = app;
        Http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public WebApplication App { get; }

    public HttpClient Http { get; }

    public static async Task<SiloHost> StartAsync(string environment, params string[] settings)
    {
        string[] args =
        [
            "--Urls=http://127.0.0.1:0",
            $"--Orleans:ClusterId=sf-test-{Guid.NewGuid():N}",
            $"--Orleans:Endpoints:SiloPort={FreePort()}",
            $"--Orleans:Endpoints:GatewayPort={FreePort()}",
            "--Logging:LogLevel:Default=Warning",
            // Hosts of parallel tests share the process: each gets its own in-memory read model.
            $"--ReadModel:ConnectionString=Data Source=sf-readmodel-{Guid.NewGuid():N};Mode=Memory;Cache=Shared",
            // The built program finds the shipped model store beside it (Models:Store=models); here it is the repository's.
            $"--Models:Store={RepositoryPaths.Of("models")}",
            .. settings,
        ];
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            EnvironmentName = environment,
            ContentRootPath = RepositoryPaths.Of("src", "Silo"),
        });
        // Composed as src/Silo/Program.cs composes the silo's HTTP surface (/alerts reads the dated lists).
        builder.AddSignauxFaiblesSilo();
        builder.AddSiloReadModel();
        var app = builder.Build();
        app.MapSignauxFaiblesEndpoints();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new SiloHost(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
        {
            await App.StopAsync(timeout.Token);
        }

        await App.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
