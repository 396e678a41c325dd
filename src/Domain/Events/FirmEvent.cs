using System.Text.Json.Serialization;
using Orleans;

namespace SignauxFaibles.Domain.Events;

/// <summary>
/// A fact about one firm delivered by a partner. Every event is keyed by the firm's SIREN (the Kafka key
/// and the grain key) and records the day the partner delivered it, so that point-in-time panels can be
/// rebuilt and later deliveries of the same fact (corrections) win over earlier ones whatever the order in
/// which they are applied.
/// </summary>
/// <remarks>
/// Events are immutable and versioned: the JSON schema name and version of each concrete type are declared
/// in <see cref="EventSchemas"/>; the Orleans ids below are the binary contract. Add members with new ids,
/// never renumber or reuse one.
/// </remarks>
[GenerateSerializer, Alias("sf.FirmEvent.v1")]
public abstract record FirmEvent
{
    /// <summary>The firm (unité légale), 9 digits.</summary>
    [Id(0), JsonPropertyOrder(-3)] public required string Siren { get; init; }

    /// <summary>The day the partner delivered the file this fact came from.</summary>
    [Id(1), JsonPropertyOrder(-1)] public required DateOnly DeliveredOn { get; init; }

    /// <summary>
    /// Orders two deliveries of the same fact on the same day: the greater sequence is the later version
    /// (docs/events.md, "Same-day corrections"; <see cref="DeliveryOrder"/> builds it from the time of the
    /// delivery and the line in the file). 0, the default and omitted on the wire, when the source did not say.
    /// </summary>
    [Id(2), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] public long DeliverySequence { get; init; }
}

/// <summary>An event about one establishment of the firm.</summary>
[GenerateSerializer, Alias("sf.EstablishmentEvent.v1")]
public abstract record EstablishmentEvent : FirmEvent
{
    /// <summary>The establishment, 14 characters (SIREN + NIC); may be a pseudo or provisional SIRET.</summary>
    [Id(0), JsonPropertyOrder(-2)] public required string Siret { get; init; }
}
