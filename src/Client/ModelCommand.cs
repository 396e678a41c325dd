using System.CommandLine;
using SignauxFaibles.Contracts;
using SignauxFaibles.Models;

namespace SignauxFaibles.Client;

/// <summary>
/// <c>model list|status|activate|install</c>: the model versions, the cluster's active one and each silo's
/// switch and re-scoring progress, activating another version cluster-wide, installing an artifact into a store.
/// </summary>
internal static class ModelCommand
{
    /// <summary>Exit code when an activation or an install is refused.</summary>
    public const int Refused = 1;

    public static Command Build(Func<ParseResult, ConnectionSettings> settings)
    {
        var command = new Command("model", "Model versions: list them, show the active one, activate another, install an artifact.")
        {
            List(settings),
            Status(settings),
            Activate(settings),
            Install(),
        };
        return command;
    }

    private static Command List(Func<ParseResult, ConnectionSettings> settings)
    {
        var command = new Command("list", "List the versions the cluster can activate (built-in and model store).");
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var connection = await ClusterConnection.ConnectAsync(settings(parse), parse.InvocationConfiguration.Error, cancellationToken);
            if (connection is null)
            {
                return ClusterConnection.Unreachable;
            }

            var registry = connection.Client.GetGrain<IModelRegistryGrain>(ModelRegistry.Key);
            var status = await registry.GetStatusAsync(cancellationToken);
            await parse.InvocationConfiguration.Output.WriteAsync(ModelFormatter.FormatList(await registry.ListAsync(cancellationToken), status.ActiveId));
            return 0;
        });
        return command;
    }

    private static Command Status(Func<ParseResult, ConnectionSettings> settings)
    {
        var wait = new Option<bool>("--wait", "-w")
        {
            Description = "Repeat every second until every silo scores with the active version and has re-scored its firms.",
        };
        var command = new Command("status", "Show the active version, the previous ones, and each silo's version and re-scoring progress.") { wait };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            await using var connection = await ClusterConnection.ConnectAsync(settings(parse), parse.InvocationConfiguration.Error, cancellationToken);
            if (connection is null)
            {
                return ClusterConnection.Unreachable;
            }

            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, connection.Stopping);
            return await ShowStatusAsync(connection.Client, output, parse.GetValue(wait), stop.Token);
        });
        return command;
    }

    private static Command Activate(Func<ParseResult, ConnectionSettings> settings)
    {
        var id = new Argument<string>("id") { Description = "The version id (see `model list`)." };
        var wait = new Option<bool>("--wait", "-w")
        {
            Description = "Then follow the switch until every silo has re-scored its active firms.",
        };
        var command = new Command("activate", "Make a version the cluster's active one; every silo switches without restart and re-scores its firms.") { id, wait };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            await using var connection = await ClusterConnection.ConnectAsync(settings(parse), error, cancellationToken);
            if (connection is null)
            {
                return ClusterConnection.Unreachable;
            }

            var result = await connection.Client.GetGrain<IModelRegistryGrain>(ModelRegistry.Key).ActivateAsync(parse.GetValue(id)!, cancellationToken);
            if (!result.Accepted)
            {
                await error.WriteLineAsync(result.Message);
                return Refused;
            }

            await output.WriteLineAsync(result.Message);
            if (!parse.GetValue(wait))
            {
                return 0;
            }

            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, connection.Stopping);
            return await ShowStatusAsync(connection.Client, output, wait: true, stop.Token);
        });
        return command;
    }

    private static Command Install()
    {
        var source = new Argument<string>("artifact") { Description = "The artifact folder (manifest.json, model.json, reports)." };
        var store = new Option<string>("--store")
        {
            Description = "The model store folder (the silos' Models:Store).",
            Required = true,
        };
        var command = new Command("install", "Copy an artifact into a model store after checking it (content hash, kind, features, thresholds). Works on files; no cluster needed.") { source, store };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var factories = new IScorerFactory[] { new TransparentScorerFactory(), new TreeEnsembleScorerFactory() };
            var target = new ModelStore(parse.GetValue(store)!, new ModelArtifactReader(factories));
            try
            {
                var (manifest, already) = target.Install(parse.GetValue(source)!, allowUnknownKind: true);
                if (!target.Knows(manifest.Kind))
                {
                    await parse.InvocationConfiguration.Output.WriteLineAsync(
                        $"Kind '{manifest.Kind}' is not compiled into this client: manifest and content hash checked; the silos build its scorer when it is activated.");
                }

                await parse.InvocationConfiguration.Output.WriteLineAsync(already
                    ? $"'{manifest.Id}' is already in {target.Root}, identical."
                    : $"'{manifest.Id}' installed in {target.Root}; activate it with `sf model activate {manifest.Id}`.");
                return 0;
            }
            catch (ModelLoadException ex)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"Refused: {ex.Message}");
                return Refused;
            }
            catch (IOException ex)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"Refused: {ex.Message}");
                return Refused;
            }
        });
        return command;
    }

    private static async Task<int> ShowStatusAsync(IClusterClient client, TextWriter output, bool wait, CancellationToken cancellationToken)
    {
        var registry = client.GetGrain<IModelRegistryGrain>(ModelRegistry.Key);
        try
        {
            while (true)
            {
                var status = await registry.GetStatusAsync(cancellationToken);
                await output.WriteAsync(ModelFormatter.FormatStatus(status, DateTimeOffset.UtcNow));
                if (!wait || ModelFormatter.Settled(status))
                {
                    return 0;
                }

                await output.WriteLineAsync("...");
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return 0;
        }
    }
}
