using System.CommandLine;
using Orleans.Runtime;
using Orleans.Streams;
using SignauxFaibles.Contracts;
using SignauxFaibles.Domain.Alerts;

namespace SignauxFaibles.Client;

/// <summary><c>alerts [--follow]</c>: the firms currently in alert, then (with --follow) every alert event as it happens.</summary>
internal static class AlertsCommand
{
    public static Command Build(Func<ParseResult, ConnectionSettings> settings)
    {
        var follow = new Option<bool>("--follow", "-f")
        {
            Description = "Keep running and print each alert event as the cluster publishes it (Ctrl-C to stop).",
        };
        var limit = new Option<int>("--limit")
        {
            Description = "How many current alerts to list, highest score first.",
            DefaultValueFactory = _ => 20,
        };
        var command = new Command("alerts", "List the firms currently in alert; with --follow, print alert events live.") { follow, limit };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            await using var connection = await ClusterConnection.ConnectAsync(settings(parse), parse.InvocationConfiguration.Error, cancellationToken);
            if (connection is null)
            {
                return ClusterConnection.Unreachable;
            }

            var board = await connection.Client.GetGrain<IAlertBoardGrain>(AlertStreams.Key)
                .GetCurrentAsync(Math.Max(0, parse.GetValue(limit)), cancellationToken);
            await output.WriteAsync(AlertFormatter.FormatBoard(board));
            if (!parse.GetValue(follow))
            {
                return 0;
            }

            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, connection.Stopping);
            await FollowAsync(connection.Client, output, stop.Token);
            return 0;
        });
        return command;
    }

    private static async Task FollowAsync(IClusterClient client, TextWriter output, CancellationToken cancellationToken)
    {
        var stream = client.GetStreamProvider(AlertStreams.Provider)
            .GetStream<AlertEvent>(StreamId.Create(AlertStreams.Namespace, AlertStreams.Key));
        var gate = new SemaphoreSlim(1, 1);
        var handle = await stream.SubscribeAsync(async (alert, _) =>
        {
            // Deliveries may overlap; keep each line whole.
            await gate.WaitAsync(CancellationToken.None);
            try
            {
                await output.WriteLineAsync(AlertFormatter.FormatLive(alert, DateTimeOffset.Now));
                await output.FlushAsync(CancellationToken.None);
            }
            finally
            {
                gate.Release();
            }
        });
        await output.WriteLineAsync("Following alert events (Ctrl-C to stop)...");
        await output.FlushAsync(cancellationToken);
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Ctrl-C.
        }

        await handle.UnsubscribeAsync();
    }
}
