namespace SignauxFaibles.ReadModel;

/// <summary>What feeds a process's read model (configuration <c>ReadModel:Feed</c>, docs/readmodel.md).</summary>
public enum ReadModelFeed
{
    /// <summary>The grains of this silo, in process (the embedded run; a silo only).</summary>
    Grains,

    /// <summary>Nothing in this process: it only reads the store another process feeds.</summary>
    None,

    /// <summary>The scores topic, projected continuously by this process (src/ReadModel.Kafka).</summary>
    Kafka,
}
