using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace SignauxFaibles.Connector;

/// <summary>
/// Every command runs inside the .NET generic host, like the silo: configuration from
/// <c>appsettings.json</c>, <c>appsettings.&lt;environment&gt;.json</c>, environment variables and the
/// command line's overrides; console logging on standard error (standard output holds only results);
/// cancellation by Ctrl-C or SIGTERM through the host's lifetime as well as the command line's token.
/// </summary>
internal static class ConnectorHost
{
    /// <summary>Builds the host (with the command's services), runs the command in it and stops it; returns the exit status.</summary>
    public static async Task<int> RunAsync(
        ParseResult parse,
        Action<IServiceCollection, IConfiguration> addServices,
        Func<IServiceProvider, CancellationToken, Task<int>> command,
        CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            EnvironmentName = parse.GetValue(ConnectorOptions.Environment),
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = "sf-connector",
        });
        builder.Configuration.AddInMemoryCollection(Overrides(parse));
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddSingleton(TimeProvider.System);
        addServices(builder.Services, builder.Configuration);

        using var host = builder.Build();
        await host.StartAsync(cancellationToken);
        var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.ApplicationStopping);
        try
        {
            return await command(host.Services, stopping.Token);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            Console.Error.WriteLine("cancelled");
            return ExitCodes.Cancelled;
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }

    private static Dictionary<string, string?> Overrides(ParseResult parse)
    {
        var overrides = new Dictionary<string, string?>();
        if (parse.GetValue(ConnectorOptions.Bootstrap) is { } bootstrap)
        {
            overrides["Kafka:BootstrapServers"] = bootstrap;
        }

        foreach (var kv in parse.GetValue(ConnectorOptions.Set) ?? [])
        {
            var eq = kv.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0)
            {
                overrides[$"Kafka:Producer:{kv[..eq]}"] = kv[(eq + 1)..];
            }
        }

        return overrides;
    }
}
