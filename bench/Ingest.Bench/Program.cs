using System.Diagnostics;
using Confluent.Kafka;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Identifiers;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Ingest.Bench;
using SignauxFaibles.Ingest.Configuration;
using SignauxFaibles.Ingest.Consuming;
using SignauxFaibles.Ingest.Hosting;
using SignauxFaibles.Ingest.Producing;
using SignauxFaibles.Ingest.Topics;

// 1. N firms x M months of cotisations on <prefix>urssaf.cotisation; 2. a bare consumer drains it;
// 3. the ingest inside an in-process silo applies it to firm grains (memory and/or PostgreSQL storage,
// --storage memory|postgres|both). Same topic, same run.
var settings = BenchSettings.Parse(args);
var configuration = new ConfigurationBuilder()
    .AddJsonFile(settings.ConfigFile)
    .AddEnvironmentVariables()
    .AddInMemoryCollection(new Dictionary<string, string?> { ["Kafka:TopicPrefix"] = settings.Prefix })
    .Build();
var kafka = new KafkaOptions();
configuration.GetSection(KafkaOptions.SectionName).Bind(kafka);
var topics = new TopicNames(settings.Prefix);
// Cotisations plus one headcount event per firm: the headcount puts every firm in the perimeter, so each
// grain call does the whole job (rules, features, score, alert state), not only the history update.
EventSchema[] schemas = [EventSchemas.Cotisation, EventSchemas.EffectifEntreprise];
var topic = topics.For(EventSchemas.Cotisation);
Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}");
Console.WriteLine($"run: {settings.Firms:N0} firms x {settings.Months} months of cotisations + 1 headcount event per firm on {string.Join(", ", schemas.Select(topics.For))} at {kafka.BootstrapServers}");

using var handle = new KafkaProducerHandle(Microsoft.Extensions.Options.Options.Create(kafka), NullLogger<KafkaProducerHandle>.Instance);
IReadOnlyList<string> missing;
try
{
    missing = handle.MissingTopics([.. LatencyRun.Schemas.Select(topics.For), topics.DeadLetter, topics.Alerts], TimeSpan.FromSeconds(10));
}
catch (KafkaException ex)
{
    Console.Error.WriteLine($"Kafka broker unreachable at {kafka.BootstrapServers} ({ex.Error.Reason}): start it with `bash scripts/services.sh start kafka`");
    return 2;
}

if (missing is { Count: > 0 })
{
    Console.Error.WriteLine($"missing topics {string.Join(", ", missing)}: scripts/create-topics.sh --prefix {settings.Prefix} ...");
    return 3;
}

if (settings.Latency)
{
    return await LatencyRun.RunAsync(settings, configuration, kafka, handle, topics);
}

if (!settings.SkipProduce)
{
    var clock = Stopwatch.StartNew();
    long failed = 0;
    var producer = new EventProducer(handle, topics);
    var start = Month.Of(2022, 1);
    for (var f = 0; f < settings.Firms; f++)
    {
        var siren = Siren.Complete((20_000_000 + f).ToString("D8"));
        var siret = Siret.Complete(siren, "0001");
        producer.Produce(
            new EffectifEntreprise
            {
                Siren = siren, DeliveredOn = start.FirstDay.AddDays(14),
                Months = [.. Enumerable.Range(0, settings.Months).Select(m => new MonthlyHeadcount(start.AddMonths(m), 10 + f % 40))],
            },
            r => { if (r.Error.IsError) { Interlocked.Increment(ref failed); } },
            CancellationToken.None);
        for (var m = 0; m < settings.Months; m++)
        {
            var month = start.AddMonths(m);
            var e = new Cotisation
            {
                Siren = siren, Siret = siret, DeliveredOn = month.FirstDay.AddDays(19), Compte = "7460000001",
                PeriodeDebut = month, PeriodeFin = month.Next, Du = 1000m + f % 97, Encaisse = 1000m + f % 89,
            };
            producer.Produce(e, r => { if (r.Error.IsError) { Interlocked.Increment(ref failed); } }, CancellationToken.None);
        }
    }

    while (handle.Flush(TimeSpan.FromSeconds(1)) > 0)
    {
    }

    var n = (long)settings.Firms * (settings.Months + 1);
    Console.WriteLine($"produce: {n:N0} events in {clock.Elapsed.TotalSeconds:F1} s = {n / clock.Elapsed.TotalSeconds:N0} events/s ({failed} failed)");
}

// The topic may hold earlier runs: measure everything it holds, from the beginning.
List<TopicPartitionOffset> ends;
using (var probe = new ConsumerBuilder<byte[], byte[]>(KafkaConfigFactory.Consumer(kafka, "bench-probe", "bench")).Build())
{
    using var admin = new DependentAdminClientBuilder(handle.Producer.Handle).Build();
    var partitions = schemas.Select(topics.For).SelectMany(t =>
        admin.GetMetadata(t, TimeSpan.FromSeconds(10)).Topics[0].Partitions.Select(p => new TopicPartition(t, p.PartitionId)));
    ends = [.. partitions.Select(tp => new TopicPartitionOffset(tp, probe.QueryWatermarkOffsets(tp, TimeSpan.FromSeconds(10)).High))];
}

var total = ends.Sum(e => e.Offset.Value);
Console.WriteLine($"topics hold {total:N0} messages in {ends.Count} partitions");

// Raw consume rate: a bare consumer, nothing done per message.
double raw;
{
    using var consumer = new ConsumerBuilder<byte[], byte[]>(KafkaConfigFactory.Consumer(kafka, $"bench-raw-{Guid.NewGuid():N}", "bench")).Build();
    consumer.Assign(ends.Select(e => new TopicPartitionOffset(e.TopicPartition, Offset.Beginning)));
    long count = 0;
    var clock = Stopwatch.StartNew();
    while (count < total)
    {
        if (consumer.Consume(TimeSpan.FromSeconds(5)) is not null)
        {
            count++;
        }
        else if (clock.Elapsed > TimeSpan.FromMinutes(10))
        {
            break;
        }
    }

    raw = count / clock.Elapsed.TotalSeconds;
    Console.WriteLine($"raw consume: {count:N0} messages in {clock.Elapsed.TotalSeconds:F1} s = {raw:N0} messages/s");
}

// Kafka -> ingest -> grains, in memory and/or durable (--storage), each with its own consumer group from the beginning.
foreach (var durable in settings.DurableRuns)
{
    if (durable)
    {
        await using var database = await BenchDatabase.CreateAsync(settings.Postgres, CancellationToken.None);
        Console.WriteLine($"== durable: firm state on PostgreSQL (ADO.NET provider), database {database.Name}");
        await MeasureIngestAsync("durable", database.ConnectionString);
        var (meanState, maxState) = await database.FirmStateSizeAsync();
        Console.WriteLine($"firm rows in PostgreSQL: {await database.FirmRowsAsync():N0}, state {meanState:N0} B on average, {maxState:N0} B at most");
    }
    else
    {
        Console.WriteLine("== in-memory firm state");
        await MeasureIngestAsync("in-memory", null);
    }
}

return 0;

async Task MeasureIngestAsync(string label, string? postgres)
{
    using var host = BenchSilo.Build(configuration, $"bench-ingest-{Guid.NewGuid():N}", [.. schemas.Select(s => s.Name)], settings.MaxInFlight, postgres);
    await host.StartAsync();
    var ingest = host.Services.GetRequiredService<IngestConsumerService>();
    var meter = new ProcessMeter();
    var started = Stopwatch.StartNew();
    double firstAt = -1;
    // The first seconds run tier-0 JIT code and fill the grain directory: also report the rate past a quarter.
    double quarterAt = -1;
    var lastPrint = 0.0;
    long lastApplied = 0;
    while (ingest.Statistics.EventsApplied + ingest.Statistics.DeadLettered < total && started.Elapsed < TimeSpan.FromMinutes(30))
    {
        await Task.Delay(100);
        var applied = ingest.Statistics.EventsApplied;
        if (firstAt < 0 && applied > 0)
        {
            firstAt = started.Elapsed.TotalSeconds;
        }

        if (quarterAt < 0 && applied >= total / 4)
        {
            quarterAt = started.Elapsed.TotalSeconds;
        }

        if (started.Elapsed.TotalSeconds - lastPrint >= 10)
        {
            Console.WriteLine($"  {started.Elapsed.TotalSeconds,6:F0} s: {applied:N0} applied, {(applied - lastApplied) / (started.Elapsed.TotalSeconds - lastPrint):N0} events/s over the last interval ({ingest.Statistics})");
            lastPrint = started.Elapsed.TotalSeconds;
            lastApplied = applied;
        }
    }

    var elapsed = started.Elapsed.TotalSeconds - Math.Max(firstAt, 0);
    var rate = ingest.Statistics.EventsApplied / elapsed;
    Console.WriteLine($"{label} ingest into grains: {ingest.Statistics.EventsApplied:N0} events in {elapsed:F1} s (from the first applied) = {rate:N0} events/s; {ingest.Statistics}");
    Console.WriteLine($"{label} ratio to the raw consume rate: {100 * rate / raw:F1} %");
    if (quarterAt >= 0 && started.Elapsed.TotalSeconds > quarterAt)
    {
        var late = (ingest.Statistics.EventsApplied - (total / 4)) / (started.Elapsed.TotalSeconds - quarterAt);
        Console.WriteLine($"{label} past the first quarter of the events: {late:N0} events/s = {100 * late / raw:F1} % of the raw consume rate");
    }

    Console.WriteLine($"{label} ingest costs: {meter.Summary(ingest.Statistics.EventsApplied)}");
    await host.StopAsync();
}

