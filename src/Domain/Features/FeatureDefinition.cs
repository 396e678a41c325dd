namespace SignauxFaibles.Domain.Features;

/// <summary>One model input: its stable snake_case name, its explanation group and what it measures.</summary>
public sealed record FeatureDefinition(string Name, FeatureGroup Group, string Description);
