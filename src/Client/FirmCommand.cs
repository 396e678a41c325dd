using System.CommandLine;
using SignauxFaibles.Contracts;
using SignauxFaibles.Domain.Identifiers;

namespace SignauxFaibles.Client;

/// <summary><c>firm &lt;siren&gt;</c>: the firm's level, key figures, score explanation and alert history.</summary>
internal static class FirmCommand
{
    /// <summary>Exit code when the SIREN is malformed or the cluster knows nothing about the firm.</summary>
    public const int NotFound = 1;

    /// <summary>Months of series shown with <c>--series</c>, as on the firm page.</summary>
    public const int SeriesMonths = 24;

    public static Command Build(Func<ParseResult, ConnectionSettings> settings)
    {
        var siren = new Argument<string>("siren") { Description = "The firm's SIREN (9 digits)." };
        var series = new Option<bool>("--series")
        {
            Description = "Also print the 24-month chart series (effectif, activité partielle, cotisations, debt parts, payment plan).",
        };
        var command = new Command("firm", "Show one firm: alert level, key figures, score explanation, alert history.") { siren, series };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var key = parse.GetValue(siren)!;
            if (Siren.Validate(key) is { } reject)
            {
                await error.WriteLineAsync($"Not a SIREN: {reject.Detail}");
                return NotFound;
            }

            await using var connection = await ClusterConnection.ConnectAsync(settings(parse), error, cancellationToken);
            if (connection is null)
            {
                return ClusterConnection.Unreachable;
            }

            var firm = connection.Client.GetGrain<IFirmGrain>(key);
            var summary = await firm.GetSummaryAsync(cancellationToken);
            if (summary.Month is null)
            {
                await error.WriteLineAsync($"The cluster has received no data for SIREN {key}.");
                return NotFound;
            }

            var explanation = await firm.GetExplanationAsync(cancellationToken);
            var history = await firm.GetAlertHistoryAsync(cancellationToken);
            await output.WriteAsync(FirmFormatter.Format(summary, explanation, history));
            if (parse.GetValue(series))
            {
                await output.WriteAsync(SeriesFormatter.Format(await firm.GetSeriesAsync(SeriesMonths, cancellationToken)));
            }

            return 0;
        });
        return command;
    }
}
