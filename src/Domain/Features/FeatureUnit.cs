namespace SignauxFaibles.Domain.Features;

/// <summary>The unit a feature's value is expressed in (shown next to the value).</summary>
public enum FeatureUnit
{
    /// <summary>Euros.</summary>
    Euros,

    /// <summary>A number of employees.</summary>
    Salaries,

    /// <summary>Hours.</summary>
    Heures,

    /// <summary>Days.</summary>
    Jours,

    /// <summary>Months.</summary>
    Mois,

    /// <summary>A ratio or relative change (0.05 = 5 %).</summary>
    Ratio,

    /// <summary>A yes/no indicator (1 = oui, 0 = non).</summary>
    Indicateur,

    /// <summary>A code of a nomenclature (section, division, région, procédure state): no arithmetic meaning.</summary>
    Code,
}

/// <summary>Codes and labels of <see cref="FeatureUnit"/>.</summary>
public static class FeatureUnits
{
    /// <summary>The stable wire code (snake_case).</summary>
    public static string Code(this FeatureUnit unit) => unit switch
    {
        FeatureUnit.Euros => "euros",
        FeatureUnit.Salaries => "salaries",
        FeatureUnit.Heures => "heures",
        FeatureUnit.Jours => "jours",
        FeatureUnit.Mois => "mois",
        FeatureUnit.Ratio => "ratio",
        FeatureUnit.Indicateur => "indicateur",
        _ => "code",
    };

    /// <summary>The French label shown next to a value.</summary>
    public static string Label(this FeatureUnit unit) => unit switch
    {
        FeatureUnit.Euros => "€",
        FeatureUnit.Salaries => "salariés",
        FeatureUnit.Heures => "heures",
        FeatureUnit.Jours => "jours",
        FeatureUnit.Mois => "mois",
        FeatureUnit.Ratio => "ratio",
        FeatureUnit.Indicateur => "oui (1) / non (0)",
        _ => "code",
    };
}
