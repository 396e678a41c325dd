namespace SignauxFaibles.Contracts;

/// <summary>Names of the Orleans stream alerts are published on, shared by silos and clients.</summary>
public static class AlertStreams
{
    /// <summary>The stream provider name (memory streams in the embedded default).</summary>
    public const string Provider = "sf";

    /// <summary>The stream namespace of alert events.</summary>
    public const string Namespace = "sf.alerts";

    /// <summary>The key of the single stream all alert events go to (per-firm order is kept).</summary>
    public const string Key = "all";
}
