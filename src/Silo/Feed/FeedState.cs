namespace SignauxFaibles.Silo.Feed;

/// <summary>Where the feed is in its life.</summary>
public enum FeedState
{
    Idle,
    Replaying,
    Live,
    Finished,
    Failed,
}
