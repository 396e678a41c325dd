using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace SignauxFaibles.Admin;

/// <summary>
/// Every command runs inside the .NET generic host, like the silo: configuration from <c>appsettings.json</c>,
/// <c>appsettings.&lt;environment&gt;.json</c> (next to the binary), environment variables, then the command
/// line's options; console logging on standard error; cancellation by Ctrl-C or SIGTERM through the command
/// line's token.
/// </summary>
internal static class AdminHost
{
    public static readonly Option<string?> Environment = new("--environment")
    {
        Description = "Configuration environment: loads appsettings.<env>.json (e.g. Local for the test broker). Default: DOTNET_ENVIRONMENT.",
    };

    /// <summary>Builds the host (the command's overrides and services), runs the command in it; returns the exit code.</summary>
    public static async Task<int> RunAsync(
        ParseResult parse,
        TextWriter error,
        Dictionary<string, string?> overrides,
        Action<IServiceCollection, IConfiguration> addServices,
        Func<IServiceProvider, IConfiguration, CancellationToken, Task<int>> command,
        CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            EnvironmentName = parse.GetValue(Environment),
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = "sf-admin",
            DisableDefaults = false,
        });
        builder.Configuration.AddInMemoryCollection(overrides.Where(o => o.Value is not null));
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        addServices(builder.Services, builder.Configuration);
        using var host = builder.Build();
        try
        {
            return await command(host.Services, builder.Configuration, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync("sf-admin: cancelled");
            return ExitCodes.Cancelled;
        }
    }
}
