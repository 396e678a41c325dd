namespace SignauxFaibles.Domain.Events;

/// <summary>The wire identity of an event type: schema name and version, as written in every JSON body.</summary>
public sealed record EventSchema(string Name, int Version, Type ClrType, string Description)
{
    public override string ToString() => $"{Name}/v{Version}";
}
