using System.CommandLine;
using Confluent.Kafka;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SignauxFaibles.Ingest.Connector;
using SignauxFaibles.Ingest.Hosting;
using SignauxFaibles.Ingest.Producing;
using SignauxFaibles.Ingest.Topics;

namespace SignauxFaibles.Connector;

/// <summary><c>produce</c>: partner files to their topics, rejected lines to the dead-letter topic.</summary>
internal static class ProduceCommand
{
    public static Command Create()
    {
        var command = new Command("produce", "Read partner files and produce their events to Kafka (rejects to the dead-letter topic).");
        foreach (var option in InputFiles.Options.Concat([ConnectorOptions.Bootstrap, ConnectorOptions.Environment, ConnectorOptions.Set]))
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, ct) => ConnectorHost.RunAsync(
            parse,
            (services, configuration) => services.AddKafkaProducers(configuration).AddSingleton<PartnerFileConnector>(),
            (services, token) => Task.FromResult(Run(parse, services, token)),
            ct));
        return command;
    }

    private static int Run(ParseResult parse, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (InputFiles.Resolve(parse, services.GetRequiredService<TimeProvider>(), out var error) is not { } input)
        {
            return Usage(error!);
        }

        KafkaProducerHandle handle;
        try
        {
            handle = services.GetRequiredService<KafkaProducerHandle>();
        }
        catch (OptionsValidationException ex)
        {
            return Usage(ex.Message);
        }

        var topicNames = services.GetRequiredService<TopicNames>();
        try
        {
            var missing = handle.MissingTopics(topicNames.All, TimeSpan.FromSeconds(10));
            if (missing.Count > 0)
            {
                Console.Error.WriteLine($"error: topics missing on {handle.Options.BootstrapServers}: {string.Join(", ", missing)} (run scripts/create-topics.sh)");
                return ExitCodes.BrokerUnreachable;
            }
        }
        catch (KafkaException ex)
        {
            Console.Error.WriteLine($"error: no Kafka broker answers at {handle.Options.BootstrapServers} ({ex.Error.Reason})");
            return ExitCodes.BrokerUnreachable;
        }

        var connector = services.GetRequiredService<PartnerFileConnector>();
        var progress = new ConsoleProgress();
        var exit = ExitCodes.Ok;
        long accepted = 0, rejected = 0, failures = 0;
        foreach (var file in input.Files)
        {
            var options = input.ReadOptionsFor(file, 100, out var encoding);
            Console.Error.WriteLine($"{Path.GetFileName(file.Path)}: format {file.Reader.Format} ({file.FormatFrom}), encoding {encoding}, delivered {file.Delivered}");
            var summary = connector.Produce(file.Reader, file.Path, options, progress, cancellationToken);
            progress.Done();
            Console.WriteLine(summary);
            accepted += summary.Report.LinesAccepted;
            rejected += summary.Report.LinesRejected;
            failures += summary.DeliveryFailures;
            if (summary.Report.Fatal is not null)
            {
                exit = Math.Max(exit, ExitCodes.FileUnreadable);
            }
            else if (summary.DeliveryFailures > 0)
            {
                exit = Math.Max(exit, ExitCodes.DeliveryFailed);
            }
        }

        Console.WriteLine($"total: {input.Files.Count} files, {accepted} rows accepted, {rejected} rejected (sent to {topicNames.DeadLetter}), {failures} delivery failures");
        return exit;
    }

    private static int Usage(string message)
    {
        Console.Error.WriteLine($"error: {message}");
        return ExitCodes.Usage;
    }
}
