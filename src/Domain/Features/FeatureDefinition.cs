namespace SignauxFaibles.Domain.Features;

/// <summary>
/// One model input. Every part is required, so a new feature cannot be added without what users read:
/// its stable snake_case <paramref name="Name"/> (the scorer and the training panel key on it), its
/// explanation <paramref name="Group"/>, the short French <paramref name="Label"/> shown wherever features
/// appear (API, client, alerts and scores topics), its <paramref name="Unit"/>, the
/// <paramref name="Direction"/> in which a rising value moves the risk, and a longer
/// <paramref name="Description"/> of how it is computed.
/// </summary>
public sealed record FeatureDefinition(
    string Name,
    FeatureGroup Group,
    string Label,
    FeatureUnit Unit,
    FeatureDirection Direction,
    string Description);
