namespace SignauxFaibles.Silo.Feed;

/// <summary>The silo's event feed (configuration section <c>Feed</c>).</summary>
public sealed class FeedOptions
{
    public const string Section = "Feed";

    /// <summary>Where events come from. Default: <see cref="FeedSource.Simulator"/>.</summary>
    public FeedSource Source { get; set; } = FeedSource.Simulator;

    /// <summary>Grain calls in flight at once while feeding a delivery. Default 8: enough to keep the grains busy, few enough to leave room for clients.</summary>
    public int MaxConcurrentCalls { get; set; } = 8;

    /// <summary>Attempts per batch before the feed gives up and stops the silo. Default 3.</summary>
    public int MaxAttempts { get; set; } = 3;
}
