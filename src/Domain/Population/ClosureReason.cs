namespace SignauxFaibles.Domain.Population;

/// <summary>Why Sirene says a firm is closed ("fermée"), if it does.</summary>
public enum ClosureReason
{
    /// <summary>Not closed, or not known to be.</summary>
    Aucune = 0,

    /// <summary>The unité légale's état administratif is "cessée".</summary>
    UniteLegaleCessee = 1,

    /// <summary>Every establishment Sirene delivered for the firm is closed.</summary>
    EtablissementsFermes = 2,
}

/// <summary>Codes and labels of <see cref="ClosureReason"/>.</summary>
public static class ClosureReasons
{
    /// <summary>The stable wire code (snake_case).</summary>
    public static string Code(this ClosureReason reason) => reason switch
    {
        ClosureReason.UniteLegaleCessee => "unite_legale_cessee",
        ClosureReason.EtablissementsFermes => "etablissements_fermes",
        _ => "aucune",
    };

    /// <summary>The French label shown to users.</summary>
    public static string Label(this ClosureReason reason) => reason switch
    {
        ClosureReason.UniteLegaleCessee => "unité légale cessée (Sirene)",
        ClosureReason.EtablissementsFermes => "tous les établissements fermés (Sirene)",
        _ => "ouverte",
    };
}
