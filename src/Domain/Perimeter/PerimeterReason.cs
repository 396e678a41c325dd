namespace SignauxFaibles.Domain.Perimeter;

/// <summary>Why a firm is in or out of the scoring perimeter (domain.md §2).</summary>
public enum PerimeterReason
{
    /// <summary>In perimeter.</summary>
    None = 0,

    /// <summary>Never 10 employees or more in the last 120 months (or no headcount known).</summary>
    MoinsDeDixSalaries,

    /// <summary>NAF 84: administration publique.</summary>
    AdministrationPublique,

    /// <summary>NAF 85.1 to 85.4: enseignement.</summary>
    Enseignement,

    /// <summary>NAF 64, 65, 66: activités financières et d'assurance (64.20Z, holdings, stays in).</summary>
    FinanceAssurance,

    /// <summary>NAF 94.1, 94.2, 94.91, 94.92 (organisations patronales, syndicats, religieuses, politiques) or 99.</summary>
    OrganisationNonMarchande,

    /// <summary>Catégorie juridique 7xxx (personne morale de droit public) or a public establishment (41xx).</summary>
    CategorieJuridiquePublique,

    /// <summary>The siège is abroad.</summary>
    SiegeEtranger,
}
