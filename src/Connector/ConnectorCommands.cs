using System.CommandLine;
using System.Globalization;
using Confluent.Kafka;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Formats.Core;
using SignauxFaibles.Ingest.Connector;
using SignauxFaibles.Ingest.Hosting;
using SignauxFaibles.Ingest.Producing;
using SignauxFaibles.Ingest.Topics;

namespace SignauxFaibles.Connector;

/// <summary>The command line: <c>produce</c> (one file or a simulator folder) and <c>topics</c>.</summary>
internal static class ConnectorCommands
{
    private static readonly Option<string?> FormatOption = new("--format") { Description = $"Format of --file: {string.Join(", ", PartnerReaders.Formats)}." };
    private static readonly Option<FileInfo?> FileOption = new("--file") { Description = "Partner file to produce." };
    private static readonly Option<DirectoryInfo?> SimulatorOption = new("--from-simulator") { Description = "Produce a simulator output folder: the partner files of partners/deliveries.csv in delivery order, or events.jsonl when there are none." };
    private static readonly Option<bool> EventsOption = new("--events") { Description = "With --from-simulator: produce events.jsonl even when partner files exist." };
    private static readonly Option<string?> DeliveredOption = new("--delivered") { Description = "Day the partner delivered the file (yyyy-MM-dd). Default: today." };
    private static readonly Option<string?> BootstrapOption = new("--bootstrap") { Description = "Kafka bootstrap servers (overrides Kafka:BootstrapServers)." };
    private static readonly Option<string?> EnvironmentOption = new("--environment") { Description = "Configuration environment: loads appsettings.<env>.json (e.g. Local for the test broker). Default: DOTNET_ENVIRONMENT." };
    private static readonly Option<string[]> SetOption = new("--set") { Description = "Extra librdkafka property key=value for the producer (repeatable).", AllowMultipleArgumentsPerToken = false };
    private static readonly Option<bool> ShapeOnlyOption = new("--shape-only") { Description = "Do not verify SIREN/SIRET check digits (anonymised test files)." };

    public static RootCommand Build()
    {
        var produce = new Command("produce", "Read partner files and produce their events to Kafka (rejects to the dead-letter topic).")
        {
            FormatOption, FileOption, SimulatorOption, EventsOption, DeliveredOption, BootstrapOption, EnvironmentOption, SetOption, ShapeOnlyOption,
        };
        produce.SetAction((parse, ct) => Task.FromResult(Produce(parse, ct)));

        var topics = new Command("topics", "Print the topic names (what scripts/create-topics.sh creates).");
        topics.SetAction(_ =>
        {
            foreach (var t in new TopicNames().All)
            {
                Console.WriteLine(t);
            }
        });

        return new RootCommand("Signaux Faibles connector: partner files to Kafka topics.") { produce, topics };
    }

    private static int Produce(ParseResult parse, CancellationToken cancellationToken)
    {
        var files = new List<(IPartnerFileReader Reader, string Path, DateOnly? Delivered)>();
        DateOnly? delivered = null;
        if (parse.GetValue(DeliveredOption) is { } d)
        {
            if (!DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return Usage($"--delivered '{d}' is not a yyyy-MM-dd date");
            }

            delivered = day;
        }

        if (parse.GetValue(FileOption) is { } file)
        {
            var format = parse.GetValue(FormatOption);
            var reader = format is null ? PartnerReaders.ForFileName(file.FullName) : PartnerReaders.TryGet(format, out var r) ? r : null;
            if (reader is null)
            {
                return Usage($"unknown format '{format ?? file.Name}': use --format with one of {string.Join(", ", PartnerReaders.Formats)}");
            }

            if (!file.Exists)
            {
                return Usage($"no file {file.FullName}");
            }

            files.Add((reader, file.FullName, delivered));
        }
        else if (parse.GetValue(SimulatorOption) is { } folder)
        {
            var found = SimulatorOutput.Files(folder.FullName, parse.GetValue(EventsOption), out var problems);
            foreach (var f in found)
            {
                files.Add((f.Reader, f.Path, f.DeliveredOn ?? delivered));
            }

            foreach (var problem in problems)
            {
                Console.Error.WriteLine($"warning: {problem}");
            }

            if (files.Count == 0)
            {
                return Usage($"nothing to produce in {folder.FullName}");
            }
        }
        else
        {
            return Usage("give --file (with --format) or --from-simulator");
        }

        using var services = Services(parse);
        KafkaProducerHandle handle;
        try
        {
            handle = services.GetRequiredService<KafkaProducerHandle>();
        }
        catch (Microsoft.Extensions.Options.OptionsValidationException ex)
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
        var validation = parse.GetValue(ShapeOnlyOption) ? ValidationOptions.ShapeOnly : ValidationOptions.Strict;
        var progress = new ConsoleProgress();
        var exit = ExitCodes.Ok;
        long accepted = 0, rejected = 0, failures = 0;
        foreach (var (reader, path, day) in files)
        {
            var options = new ReadOptions { DeliveredOn = day ?? DateOnly.FromDateTime(DateTime.Today), Validation = validation };
            var summary = connector.Produce(reader, path, options, progress, cancellationToken);
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

        Console.WriteLine($"total: {files.Count} files, {accepted} rows accepted, {rejected} rejected (sent to {topicNames.DeadLetter}), {failures} delivery failures");
        return exit;
    }

    private static ServiceProvider Services(ParseResult parse)
    {
        var environment = parse.GetValue(EnvironmentOption) ?? Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? "Production";
        var overrides = new Dictionary<string, string?>();
        if (parse.GetValue(BootstrapOption) is { } bootstrap)
        {
            overrides["Kafka:BootstrapServers"] = bootstrap;
        }

        foreach (var kv in parse.GetValue(SetOption) ?? [])
        {
            var eq = kv.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0)
            {
                overrides[$"Kafka:Producer:{kv[..eq]}"] = kv[(eq + 1)..];
            }
        }

        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddJsonFile($"appsettings.{environment}.json", optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides)
            .Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddKafkaProducers(configuration)
            .AddSingleton<PartnerFileConnector>();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    private static int Usage(string message)
    {
        Console.Error.WriteLine($"error: {message}");
        return ExitCodes.Usage;
    }
}
