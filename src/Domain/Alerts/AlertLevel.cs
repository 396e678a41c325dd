namespace SignauxFaibles.Domain.Alerts;

/// <summary>
/// The alert level of a firm, from "not scored" to the highest risk. The numeric order is the severity
/// order, so levels compare with <c>&lt;</c> and <c>&gt;</c>; the two levels of firms excluded from the
/// detection list (domain.md §2: scored, never in alert) sit below "hors périmètre".
/// </summary>
public enum AlertLevel
{
    /// <summary>Fermée: closed in Sirene; scored ("signal fort"), never in alert.</summary>
    Fermee = -2,

    /// <summary>En procédure: an open sauvegarde, redressement or liquidation; scored ("signal fort"), never in alert.</summary>
    EnProcedure = -1,

    /// <summary>Hors périmètre: outside the perimeter of domain.md §2, so not scored.</summary>
    HorsPerimetre = 0,

    /// <summary>Pas d'alerte: scored below the moderate threshold.</summary>
    PasDAlerte = 1,

    /// <summary>Risque modéré (orange): above the threshold that maximises F2 on validation.</summary>
    Modere = 2,

    /// <summary>Risque élevé (red): above the threshold that maximises F0.5 on validation.</summary>
    Eleve = 3,
}
