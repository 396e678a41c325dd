using System.CommandLine;
using System.Globalization;
using Confluent.Kafka;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Ingest.Configuration;
using SignauxFaibles.Ingest.DeadLetters.Replay;
using SignauxFaibles.Ingest.Hosting;

namespace SignauxFaibles.Admin;

/// <summary>
/// <c>sf-admin deadletter replay</c>: produces the original of every replayable dead letter back to its
/// source topic (<see cref="DeadLetterReplay"/>), from the group's stored position, progress on standard
/// error, the summary (replayed by reason and topic, skipped by cause) on standard output. Exit codes: 0 done
/// (skipped dead letters are data), 1 a replay failed, 2 usage, 4 broker unreachable or no dead-letter topic,
/// 130 cancelled.
/// </summary>
internal static class DeadLetterCommands
{
    /// <summary>The group of a run without <c>--group</c> or filter (<see cref="DefaultGroupFor"/>).</summary>
    public const string DefaultGroup = "sf-admin-deadletter-replay";

    private static readonly HashSet<string> ReasonCodes = [.. Enum.GetValues<RejectCode>().Where(c => c != RejectCode.None).Select(Reject.ToSnakeCase)];

    public static Command Build(TextWriter output, TextWriter error)
    {
        var bootstrap = new Option<string?>("--bootstrap") { Description = "Kafka bootstrap servers (default: Kafka__BootstrapServers)." };
        var prefix = new Option<string?>("--topic-prefix") { Description = "Topic prefix: reads <prefix>deadletter, replays to <prefix><source> topics only (default: Kafka__TopicPrefix, else sf.)." };
        var reasons = new Option<string[]>("--reason")
        {
            Description = "Replay only dead letters whose (first) reason is this code, e.g. apply_failed; repeatable. Default: every reason.",
            AllowMultipleArgumentsPerToken = false,
        };
        var group = new Option<string?>("--group") { Description = $"Consumer group whose stored position marks what was dealt with. Default: {DefaultGroup}, plus .<reason>[+<reason>] with --reason and .since-<time> with --since." };
        var since = new Option<string?>("--since") { Description = "Replay only dead letters produced at or after this time (ISO 8601, UTC unless an offset is given, e.g. 2026-12-01 or 2026-12-01T08:00:00+01:00). Dead letters that did not record their time (older releases) are left out." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Count what would be replayed, by reason and topic, and what is skipped; produce nothing, store no position." };
        var fromBeginning = new Option<bool>("--from-beginning") { Description = "Read from the beginning of the topic, not from the group's stored position (replays again what an earlier run replayed)." };
        var every = new Option<double>("--progress-seconds") { Description = "Seconds between two progress lines on standard error. Default 5.", DefaultValueFactory = _ => 5 };

        var replay = new Command("replay", "Produces the original key and payload of each replayable dead letter back to its source topic, once the cause of the rejection is fixed.")
        {
            bootstrap, prefix, reasons, since, group, dryRun, fromBeginning, every, AdminHost.Environment,
        };
        replay.SetAction(async (parse, cancellationToken) =>
        {
            var wanted = (parse.GetValue(reasons) ?? []).ToHashSet(StringComparer.Ordinal);
            if (wanted.FirstOrDefault(r => !ReasonCodes.Contains(r)) is { } unknown)
            {
                await error.WriteLineAsync($"sf-admin: unknown reason code '{unknown}' (codes: {string.Join(", ", ReasonCodes.Order(StringComparer.Ordinal))})");
                return ExitCodes.Usage;
            }

            DateTimeOffset? from = null;
            if (parse.GetValue(since) is { } text)
            {
                if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                {
                    await error.WriteLineAsync($"sf-admin: --since '{text}' is not a date or time (ISO 8601, e.g. 2026-12-01 or 2026-12-01T08:00:00Z)");
                    return ExitCodes.Usage;
                }

                from = parsed;
            }

            var request = new DeadLetterReplayRequest
            {
                GroupId = parse.GetValue(group) is { Length: > 0 } g ? g : DefaultGroupFor(wanted, from),
                Reasons = wanted,
                Since = from,
                DryRun = parse.GetValue(dryRun),
                FromBeginning = parse.GetValue(fromBeginning),
            };
            return await AdminHost.RunAsync(
                parse,
                error,
                new Dictionary<string, string?>
                {
                    ["Kafka:BootstrapServers"] = parse.GetValue(bootstrap),
                    ["Kafka:TopicPrefix"] = parse.GetValue(prefix),
                },
                (services, configuration) =>
                {
                    services.AddKafkaOptions(configuration);
                    services.TryAddSingleton(TimeProvider.System);
                    services.AddSingleton<DeadLetterReplay>();
                },
                (services, _, ct) => RunAsync(services, request, TimeSpan.FromSeconds(Math.Max(0.1, parse.GetValue(every))), output, error, ct),
                cancellationToken);
        });
        return new Command("deadletter", "The dead-letter topic (docs/kafka.md, \"Dead letters\").") { replay };
    }

    /// <summary>
    /// The group of a run without <c>--group</c>: a filtered run has a group of its own, so it never moves the
    /// position of a run with other filters past dead letters it left out.
    /// </summary>
    public static string DefaultGroupFor(IReadOnlySet<string> reasons, DateTimeOffset? since)
    {
        var group = reasons.Count == 0 ? DefaultGroup : $"{DefaultGroup}.{string.Join('+', reasons.Order(StringComparer.Ordinal))}";
        return since is { } s ? $"{group}.since-{s.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}" : group;
    }

    private static async Task<int> RunAsync(IServiceProvider services, DeadLetterReplayRequest request, TimeSpan every, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        DeadLetterReplay replay;
        try
        {
            replay = services.GetRequiredService<DeadLetterReplay>();
        }
        catch (OptionsValidationException ex)
        {
            await error.WriteLineAsync($"sf-admin: {string.Join("; ", ex.Failures)}");
            return ExitCodes.Usage;
        }

        try
        {
            var result = await replay.RunAsync(request, every, p => error.WriteLine($"sf-admin: deadletter replay: {p}"), cancellationToken);
            await WriteSummaryAsync(output, replay.Topic, request, result);
            return ExitCodes.Ok;
        }
        catch (KafkaException ex)
        {
            var kafka = services.GetRequiredService<IOptions<KafkaOptions>>().Value;
            await error.WriteLineAsync($"sf-admin: Kafka: {ex.Error.Reason} ({ex.Error.Code}; bootstrap {kafka.BootstrapServers}, topic {replay.Topic}). Nothing was replayed.");
            return ExitCodes.BrokerUnavailable;
        }
        catch (DeadLetterReplayException ex) when (!cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync($"sf-admin: deadletter replay failed: {ex.Message}. The position stays before the unfinished chunk: run it again once the cause is fixed.");
            return ExitCodes.ReplayFailed;
        }
    }

    private static async Task WriteSummaryAsync(TextWriter output, string topic, DeadLetterReplayRequest request, DeadLetterReplayResult result)
    {
        var verb = result.DryRun ? "would replay" : "replayed";
        await output.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"{topic}: {result.Read} read, {result.ReplayedTotal} {verb}, {result.SkippedTotal} skipped, {result.FilteredTotal} filtered out{(request.Since is null ? "" : $", {result.BeforeSince} before --since")} (group {request.GroupId}{(result.DryRun ? ", dry run: nothing produced, position not stored" : "")}), {result.Elapsed.TotalSeconds:F1} s"));
        foreach (var ((reason, source), count) in result.Replayed)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{verb} {reason} {source} {count}"));
        }

        foreach (var (skip, count) in result.Skipped)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"skipped {skip} {count}"));
        }

        foreach (var (reason, count) in result.Filtered)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"filtered out {reason} {count}"));
        }
    }
}
