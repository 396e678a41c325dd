namespace SignauxFaibles.Domain.Features;

/// <summary>
/// Builds the definitions of the supplier-payment and financial-signal features with their French label,
/// unit and direction written next to them by name (<see cref="FeatureUnit"/>, <see cref="FeatureDirection"/>).
/// </summary>
internal static class FeatureText
{
    public static FeatureDefinition Define(string name, FeatureGroup group, string label, string unit, string direction, string description) =>
        new(name, group, label, Enum.Parse<FeatureUnit>(unit), Enum.Parse<FeatureDirection>(direction), description);
}
