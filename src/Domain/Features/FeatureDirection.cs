namespace SignauxFaibles.Domain.Features;

/// <summary>
/// How a feature is expected to move the risk when its value rises: "aggrave" (more debt, more hours of
/// activité partielle), "atténue" (higher margin, growing headcount) or no fixed direction (a size, a code).
/// The sign of a contribution in an explanation is the model's actual effect for one firm
/// (<see cref="Scoring.FeatureContribution.Effect"/>); this is what the feature means, for reading it.
/// </summary>
public enum FeatureDirection
{
    /// <summary>A higher value aggravates the risk.</summary>
    Aggrave,

    /// <summary>A higher value mitigates the risk.</summary>
    Attenue,

    /// <summary>No fixed direction (sizes, amounts of reference, codes).</summary>
    Indeterminee,
}

/// <summary>Codes and labels of <see cref="FeatureDirection"/>.</summary>
public static class FeatureDirections
{
    /// <summary>The stable wire code.</summary>
    public static string Code(this FeatureDirection direction) => direction switch
    {
        FeatureDirection.Aggrave => "aggrave",
        FeatureDirection.Attenue => "attenue",
        _ => "indeterminee",
    };

    /// <summary>The French label.</summary>
    public static string Label(this FeatureDirection direction) => direction switch
    {
        FeatureDirection.Aggrave => "aggrave",
        FeatureDirection.Attenue => "atténue",
        _ => "sans sens fixe",
    };
}
