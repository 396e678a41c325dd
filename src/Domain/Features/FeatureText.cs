namespace SignauxFaibles.Domain.Features;

/// <summary>
/// Builds the definitions of the features added for issue #10 (supplier payments, missing financial
/// signals) with their French label, unit and direction written next to them. Until the definition type
/// carries those parts (issue #8), the label and unit lead the description.
/// </summary>
internal static class FeatureText
{
    public static FeatureDefinition Define(string name, FeatureGroup group, string label, string unit, string direction, string description)
    {
        _ = direction;
        return new FeatureDefinition(name, group, $"{label} ({unit}). {description}");
    }
}
