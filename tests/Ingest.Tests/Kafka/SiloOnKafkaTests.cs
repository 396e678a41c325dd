using System.Diagnostics;
using System.Text.Json;
using Confluent.Kafka;
using Xunit.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using SignauxFaibles.Contracts;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Features;
using SignauxFaibles.Domain.History;
using SignauxFaibles.Domain.Perimeter;
using SignauxFaibles.Domain.Scoring;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Formats.Core;
using SignauxFaibles.Ingest.Connector;
using SignauxFaibles.Ingest.Producing;
using SignauxFaibles.Ingest.Topics;
using SignauxFaibles.Simulator;
using SignauxFaibles.TestSupport;

namespace SignauxFaibles.Ingest.Tests.Kafka;

/// <summary>
/// The silo host as deployed, switched to Kafka by configuration only (environment <c>Local</c>, i.e.
/// src/Silo/appsettings.Local.json, plus a topic prefix of this test's own): simulator files produced by the
/// connector are ingested from the real broker, malformed rows added to a file all land in the dead-letter
/// topic with their reasons, each firm's HTTP page shows the score of the batch computation, every score
/// change is on the scores topic under its deterministic id, and producing the same files again adds no
/// score id and changes no alert id.
/// </summary>
[Collection(KafkaTestGroup.Name)]
[Trait("Category", "Kafka")]
public sealed class SiloOnKafkaTests(KafkaFixture kafka, ITestOutputHelper output) : IDisposable
{
    private const string Prefix = "sfwire.silo.";

    private readonly string directory = Path.Combine(Path.GetTempPath(), $"sf-silo-kafka-{Guid.NewGuid():N}");

    [Fact]
    public async Task SiloWithKafkaConfiguration_IngestsFromBroker_ShowsBatchScoresOverHttp_DeadLettersMalformedRows_PublishesDeterministicScores()
    {
        var topics = kafka.EnsureTopics(Prefix, 2);
        Simulation.Run(new SimulationOptions { Seed = 20241126, Firms = 100, Months = 24, OutputDirectory = directory, WriteHazards = false, Parallelism = 1 });
        var files = SimulatorOutput.Files(directory, preferEvents: false, out var problems);
        Assert.Empty(problems);
        var (corruptedFile, corruptedLines) = Corrupt(files.First(f => f.Reader.Format == "debit").Path);

        // A new group starting at the current ends: earlier runs' messages on these topics are not ours.
        var groupId = $"sf-test-silo-{Guid.NewGuid():N}";
        kafka.CommitGroupOffsets(groupId, kafka.EndOffsets([.. topics.Sources]));
        var scoresStart = kafka.EndOffsets(topics.Scores);
        var deadStart = kafka.EndOffsets(topics.DeadLetter);

        await using var silo = await SiloHost.StartAsync(
            "Local",
            $"--Kafka:BootstrapServers={kafka.Options.BootstrapServers}",
            $"--Kafka:TopicPrefix={Prefix}",
            $"--Kafka:Ingest:GroupId={groupId}",
            "--Kafka:Ingest:MaxInFlightCalls=16");
        var health = await WaitForIngestAsync(silo.Http, 1);
        Assert.Equal(0L, health.GetProperty("messages").GetInt64());

        var produced = Produce(files, topics);
        await WaitForIngestAsync(silo.Http, produced);

        // Every malformed row is in the dead-letter topic, verbatim, with its file, line and a reason; none reached a grain
        // (the batch computation below reads only the rows the readers accept).
        var letters = kafka.ReadDeadLetters(deadStart, l => l.Count(x => x.Source.File == corruptedFile) >= corruptedLines.Count, TimeSpan.FromSeconds(30))
            .Where(l => l.Source.File == corruptedFile).OrderBy(l => l.Source.Line).ToList();
        Assert.Equal(corruptedLines.Keys.Order(), letters.Select(l => l.Source.Line ?? -1));
        Assert.All(letters, l => Assert.Equal(corruptedLines[l.Source.Line ?? -1], System.Text.Encoding.UTF8.GetString(l.Payload.Span)));
        Assert.All(letters, l => Assert.NotEqual(Domain.Validation.RejectCode.None, l.Reason.Code));

        // The model the silo scores with: the shipped one its configuration activates (models/), not the built-in.
        var scorer = silo.App.Services.GetRequiredService<SignauxFaibles.Grains.Models.ActiveModel>().Current;
        Assert.Equal(silo.App.Configuration["Models:Active"], scorer.Model.Id);
        var expected = BatchScores(files, scorer);
        var shown = new Dictionary<string, double?>();
        foreach (var (siren, (month, score)) in expected)
        {
            var page = await GetJsonAsync(silo.Http, $"/firms/{siren}");
            var summary = page.GetProperty("summary");
            Assert.Equal(siren, summary.GetProperty("siren").GetString());
            Assert.Equal(month.ToString(), summary.GetProperty("month").GetString());
            shown[siren] = summary.GetProperty("score").ValueKind == JsonValueKind.Null ? null : summary.GetProperty("score").GetDouble();
            Assert.True(score == shown[siren], $"{siren}: HTTP shows {shown[siren]}, the batch computation gives {score}");
        }

        Assert.Contains(shown.Values, s => s is not null);
        var alertIds = await AlertIdsAsync(silo.Http, expected.Keys);
        Assert.NotEmpty(alertIds);

        // The lag on /health comes from the group's committed offsets: once the 2 s auto-commit ran, it is 0.
        await WaitForLagAsync(silo.Http, 0);

        var changes = ReadScores(scoresStart, c => shown.All(s => s.Value == (LatestPerFirm(c).TryGetValue(s.Key, out var l) ? l.Score : null)));
        Assert.All(changes, c => Assert.Equal(ScoreChange.IdFor(c.Siren, c.Sequence, c.Month, c.ModelVersion, c.Score), c.Id));
        Assert.Equal(changes.Count, changes.Select(c => c.Id).Distinct().Count());
        Assert.All(changes, c => Assert.Equal(c.Key, c.Siren));
        var latest = LatestPerFirm(changes);
        foreach (var (siren, score) in shown)
        {
            Assert.Equal(score, latest.TryGetValue(siren, out var last) ? last.Score : null);
        }

        var again = Produce(files, topics);
        Assert.Equal(produced, again);
        await WaitForIngestAsync(silo.Http, 2 * produced);
        var end = kafka.EndOffsets(topics.Scores);
        var afterRerun = ReadScores(scoresStart, c => c.Count >= end.Sum(e => e.Offset.Value) - scoresStart.Sum(s => s.Offset.Value));
        Assert.Equal(changes.Select(c => c.Id).Order(), afterRerun.Select(c => c.Id).Distinct().Order());
        Assert.Equal(alertIds, await AlertIdsAsync(silo.Http, expected.Keys));
        output.WriteLine($"{produced} events x 2, {expected.Count} firms ({shown.Count(s => s.Value is not null)} scored), {changes.Count} score changes, {afterRerun.Count} on the topic after the re-run, {alertIds.Count} alert ids; dead letters: {string.Join(", ", letters.Select(l => l.Reason.CodeName))}");
    }

    public void Dispose()
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>
    /// Appends malformed copies of the file's first data row (a SIREN and SIRET with wrong check digits, an
    /// unreadable date, an unreadable amount, too few columns); returns them by line number.
    /// </summary>
    private static (string Path, Dictionary<long, string> Lines) Corrupt(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(';');
        var row = lines[1].Split(';');
        string With(string column, string value)
        {
            var copy = (string[])row.Clone();
            copy[Array.IndexOf(header, column)] = value;
            return string.Join(';', copy);
        }

        string[] bad =
        [
            With("Siren", "123456788").Replace(row[Array.IndexOf(header, "Siret")], "12345678800011", StringComparison.Ordinal),
            With("Dt_trt_ecn", "not-a-date"),
            With("Mt_PP", "12,x"),
            string.Join(';', row.Take(4)),
        ];
        File.AppendAllLines(path, bad);
        return (path, bad.Select((line, i) => (Line: (long)(lines.Length + 1 + i), line)).ToDictionary(x => x.Line, x => x.line));
    }

    private long Produce(IReadOnlyList<ConnectorFile> files, TopicNames topics)
    {
        var connector = new PartnerFileConnector(kafka.Producer, new EventProducer(kafka.Producer, topics), new DeadLetterProducer(kafka.Producer, topics));
        long delivered = 0;
        foreach (var file in files)
        {
            var summary = connector.Produce(file.Reader, file.Path, new ReadOptions { DeliveredOn = file.DeliveredOn ?? new DateOnly(2024, 1, 1) }, null, CancellationToken.None);
            Assert.True(summary.Succeeded, summary.ToString());
            delivered += summary.EventsDelivered;
        }

        return delivered;
    }

    /// <summary>Polls <c>/health</c> until the ingest took <paramref name="messages"/> messages and applied (or dead-lettered) them all; returns its data.</summary>
    private static async Task<JsonElement> WaitForIngestAsync(HttpClient http, long messages)
    {
        JsonElement ingest = default;
        long done = 0;
        await Eventually.Until(
            async () =>
            {
                ingest = (await GetJsonAsync(http, "/health")).GetProperty("checks").GetProperty("ingest");
                var data = ingest.GetProperty("data");
                done = data.GetProperty("eventsApplied").GetInt64() + data.GetProperty("deadLettered").GetInt64();
                return data.GetProperty("assigned").GetBoolean() && (messages <= 1 || done >= messages);
            },
            TimeSpan.FromSeconds(120),
            () => $"ingest stalled at {done} of {messages}: {ingest}");
        Assert.Equal("Healthy", ingest.GetProperty("status").GetString());
        var applied = ingest.GetProperty("data");
        Assert.Equal(0L, applied.GetProperty("deadLettered").GetInt64());
        return applied;
    }

    private static async Task WaitForLagAsync(HttpClient http, long lag)
    {
        JsonElement data = default;
        await Eventually.Until(
            async () =>
            {
                data = (await GetJsonAsync(http, "/health")).GetProperty("checks").GetProperty("ingest").GetProperty("data");
                return data.GetProperty("lag").ValueKind == JsonValueKind.Number && data.GetProperty("lag").GetInt64() == lag;
            },
            TimeSpan.FromSeconds(30),
            () => $"lag did not reach {lag}: {data}",
            TimeSpan.FromMilliseconds(200));

        Assert.True(data.GetProperty("lagPartitions").GetInt32() > 0);
    }

    /// <summary>Every alert id the firms' pages list, in firm order.</summary>
    private static async Task<List<Guid>> AlertIdsAsync(HttpClient http, IEnumerable<string> sirens)
    {
        var ids = new List<Guid>();
        foreach (var siren in sirens.Order(StringComparer.Ordinal))
        {
            var page = await GetJsonAsync(http, $"/firms/{siren}");
            ids.AddRange(page.GetProperty("alerts").EnumerateArray().Select(a => a.GetProperty("id").GetGuid()));
        }

        return ids;
    }

    private static async Task<JsonElement> GetJsonAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        // /health answers 503 when a check is unhealthy: the body still says why, so keep it for the assertions.
        Assert.True(response.IsSuccessStatusCode || path == "/health", $"GET {path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Each firm's month and score computed at once from every event of the files, with the silo's own scorer.</summary>
    private static Dictionary<string, (Month Month, double? Score)> BatchScores(IReadOnlyList<ConnectorFile> files, IRiskScorer scorer)
    {
        var events = new List<FirmEvent>();
        foreach (var file in files)
        {
            using var stream = File.OpenRead(file.Path);
            var report = new FileReport(file.Reader.Format, file.Path);
            var options = new ReadOptions { DeliveredOn = file.DeliveredOn ?? new DateOnly(2024, 1, 1) };
            events.AddRange(file.Reader.Read(stream, options, report).Where(r => r.Event is not null).Select(r => r.Event!));
        }

        var scores = new Dictionary<string, (Month, double?)>();
        foreach (var firm in events.GroupBy(e => e.Siren))
        {
            var history = FirmHistory.Build(firm.Key, firm);
            if (history.LastMonth is not { } month)
            {
                continue;
            }

            double? score = PerimeterRule.Evaluate(history, month).IsInPerimeter ? scorer.Score(FeatureCalculator.Compute(history, month)).Probability : null;
            scores[firm.Key] = (month, score);
        }

        return scores;
    }

    private static Dictionary<string, WireScore> LatestPerFirm(List<WireScore> changes) =>
        changes.GroupBy(c => c.Siren).ToDictionary(g => g.Key, g => g.MaxBy(c => c.Sequence)!);

    /// <summary>Reads the scores topic from <paramref name="from"/> until <paramref name="enough"/> holds (or 30 s), parsing each body as a subscriber would.</summary>
    private List<WireScore> ReadScores(IReadOnlyList<TopicPartitionOffset> from, Func<List<WireScore>, bool> enough)
    {
        using var reader = kafka.CreateReader();
        reader.Assign(from);
        var changes = new List<WireScore>();
        var clock = Stopwatch.StartNew();
        while (!enough(changes) && clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (reader.Consume(TimeSpan.FromMilliseconds(200)) is { Message.Value: { } value } result)
            {
                var json = JsonDocument.Parse(value).RootElement;
                changes.Add(new WireScore(
                    System.Text.Encoding.UTF8.GetString(result.Message.Key!),
                    json.GetProperty("id").GetGuid(),
                    json.GetProperty("siren").GetString()!,
                    Month.Parse(json.GetProperty("month").GetString()!),
                    json.GetProperty("modelVersion").GetString()!,
                    json.GetProperty("score").ValueKind == JsonValueKind.Null ? null : json.GetProperty("score").GetDouble(),
                    json.GetProperty("sequence").GetInt32()));
            }
        }

        return changes;
    }

    private sealed record WireScore(string Key, Guid Id, string Siren, Month Month, string ModelVersion, double? Score, int Sequence);
}
