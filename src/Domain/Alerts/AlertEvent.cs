using System.Collections.Immutable;
using Orleans;
using SignauxFaibles.Domain.Lists;
using SignauxFaibles.Domain.Population;
using SignauxFaibles.Domain.Scoring;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Domain.Alerts;

/// <summary>
/// A change of a firm's alert level, published to subscribers (stream, Kafka topic, read model). Emitted
/// only when the level changes and the change enters, leaves or moves within the alert levels. The
/// <see cref="Id"/> is a function of the firm, the transition and its sequence number, so a replay or a
/// redelivery produces the same id and downstream consumers can drop duplicates.
/// </summary>
[GenerateSerializer, Immutable, Alias("sf.AlertEvent.v1")]
public sealed record AlertEvent
{
    [Id(0)] public required Guid Id { get; init; }
    [Id(1)] public required string Siren { get; init; }
    /// <summary>The month scored.</summary>
    [Id(2)] public required Month Month { get; init; }
    [Id(3)] public required AlertLevel Level { get; init; }
    [Id(4)] public required AlertLevel PreviousLevel { get; init; }
    /// <summary>Probability of a défaillance within 18 months; null when the firm left the perimeter.</summary>
    [Id(5)] public double? Score { get; init; }
    [Id(6)] public required string ModelVersion { get; init; }
    /// <summary>True when this is the firm's first alert episode (see <see cref="WouldBeFirstOnNext"/> for the lists' meaning).</summary>
    [Id(7)] public bool PremiereAlerte { get; init; }
    /// <summary>The features that raise the score most, largest first.</summary>
    [Id(8)] public ImmutableArray<FeatureContribution> TopFeatures { get; init; } = [];
    /// <summary>The latest delivery date the firm's data include (the point in time of the score).</summary>
    [Id(9)] public required DateOnly AsOf { get; init; }
    /// <summary>The firm's transition number, from 0.</summary>
    [Id(10)] public required int Sequence { get; init; }
    /// <summary>
    /// The firm's procédure state and closure when scored (null on events stored before it existed). A plan
    /// shows here; for <see cref="AlertLevel.EnProcedure"/> and <see cref="AlertLevel.Fermee"/> its
    /// <see cref="FirmStanding.Reason"/> says why the firm left the list.
    /// </summary>
    [Id(11)] public FirmStanding? Standing { get; init; }
    /// <summary>
    /// True when the firm is in alert on its current dated list (<see cref="CurrentList"/>: the latest cut-off
    /// its data reached), as that list holds or will hold it (docs/alerts.md, "List flags").
    /// </summary>
    [Id(12)] public bool OnCurrentList { get; init; }
    /// <summary>
    /// True when, were the next list cut now, the firm would be a première alerte on it: in alert now and in
    /// alert on no earlier list within <see cref="FirstAlertRule.HorizonMonths"/> months.
    /// </summary>
    [Id(13)] public bool WouldBeFirstOnNext { get; init; }

    /// <summary>The date of the firm's current dated list (<see cref="ListMembership.CurrentList"/>; not serialized by Orleans).</summary>
    public DateOnly CurrentList => ListMembership.CurrentList(AsOf);

    /// <summary>The French label of <see cref="Level"/> (JSON readers; not serialized by Orleans).</summary>
    public string LevelLabel => Level.Label();

    /// <summary>Why the firm is not (or no longer) on the detection list, in French; null otherwise.</summary>
    public string? Reason => Standing?.Reason;
}
