using System.Collections.Frozen;
using SignauxFaibles.Domain.Events;

namespace SignauxFaibles.Ingest.Topics;

/// <summary>
/// The topic registry: one topic per source named prefix + schema name (<c>sf.urssaf.debit</c>), plus the
/// dead-letter, alerts and scores topics. Every source topic is keyed by SIREN, so a firm's events stay in
/// order within their topic. <c>scripts/create-topics.sh</c> creates exactly <see cref="All"/>.
/// </summary>
public sealed class TopicNames
{
    private readonly FrozenDictionary<string, EventSchema> schemaByTopic;

    public TopicNames(string prefix = "sf.")
    {
        Prefix = prefix;
        DeadLetter = prefix + "deadletter";
        Alerts = prefix + "alerts";
        Scores = prefix + "scores";
        schemaByTopic = EventSchemas.All.ToFrozenDictionary(For, StringComparer.Ordinal);
        Sources = [.. EventSchemas.All.Select(For)];
        All = [.. Sources, DeadLetter, Alerts, Scores];
    }

    public string Prefix { get; }

    /// <summary>Rejected rows and messages, JSON with a machine-readable reason (see docs/kafka.md).</summary>
    public string DeadLetter { get; }

    /// <summary>Alert level transitions, keyed by SIREN, with a deterministic id.</summary>
    public string Alerts { get; }

    /// <summary>Score changes, keyed by SIREN, with a deterministic id.</summary>
    public string Scores { get; }

    /// <summary>Every source topic, in the order of <see cref="EventSchemas.All"/>.</summary>
    public IReadOnlyList<string> Sources { get; }

    public IReadOnlyList<string> All { get; }

    public string For(EventSchema schema) => Prefix + schema.Name;

    public string For(FirmEvent e) => For(EventSchemas.Of(e));

    public bool TryGetSchema(string topic, out EventSchema schema) => schemaByTopic.TryGetValue(topic, out schema!);
}
