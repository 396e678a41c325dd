namespace SignauxFaibles.Web.Firms;

/// <summary>
/// Everything the firm page shows, as the page and <c>GET /api/entreprises/{siren}</c> both serve it. A
/// block the agent has no role for is null and named in <see cref="HiddenBlocks"/>; missing values are null.
/// </summary>
public sealed record FirmView
{
    public required string Siren { get; init; }
    public string? RaisonSociale { get; init; }
    public string? Departement { get; init; }
    public string? DepartementLibelle { get; init; }
    public string? Region { get; init; }
    public string? Activite { get; init; }
    public string? DonneesAu { get; init; }
    public double? Effectif { get; init; }
    /// <summary>Procédure state code: in_bonis, sauvegarde, redressement, liquidation (null when unknown).</summary>
    public string? Procedure { get; init; }
    public bool Suivie { get; init; }
    public required IReadOnlyList<string> HiddenBlocks { get; init; }
    public DetectionBlock? Detection { get; init; }
    /// <summary>First month of every chart series (yyyy-MM), one value per month.</summary>
    public string? SeriesFrom { get; init; }
    public IReadOnlyList<string> SeriesMonths { get; init; } = [];
    public IReadOnlyList<ChartSeries> Emploi { get; init; } = [];
    public IReadOnlyList<ChartSeries>? Urssaf { get; init; }
    public IReadOnlyList<ChartSeries>? ActivitePartielle { get; init; }
    public IReadOnlyList<StatementRow>? Financier { get; init; }
    public IReadOnlyList<ProcedureChange> Procedures { get; init; } = [];
}

/// <summary>Score, level and its explanation, alert history: role <c>score</c>.</summary>
public sealed record DetectionBlock(
    string Niveau,
    string NiveauLibelle,
    double? RisquePourcent,
    string? Modele,
    string? Mois,
    bool PremiereAlerte,
    Waterfall? Explication,
    IReadOnlyList<AlertHistoryRow> Historique,
    IReadOnlyList<ListHistoryRow> Listes);

/// <summary>The firm's entry on one dated list (alert history across lists).</summary>
public sealed record ListHistoryRow(string Liste, string Niveau, string NiveauLibelle, double? RisquePourcent, bool PremiereAlerte);

/// <summary>The explanation waterfall: start, one bar per group, total = start + bars = the risk in %.</summary>
public sealed record Waterfall(double DepartPourcent, IReadOnlyList<WaterfallBar> Barres, double TotalPourcent);

public sealed record WaterfallBar(string Groupe, string Libelle, double Points);

public sealed record AlertHistoryRow(string Mois, string Niveau, string NiveauLibelle, string Precedent, double? RisquePourcent, bool PremiereAlerte, string Date);

/// <summary>One chart series; null marks a month without a value.</summary>
public sealed record ChartSeries(string Nom, string Libelle, IReadOnlyList<double?> Valeurs);

/// <summary>The financial figures in force at a month (the latest valid statement then).</summary>
public sealed record StatementRow(string Mois, double? ChiffreAffaires, double? VariationCa, double? Ebe, double? ResultatExploitation, double? TauxMarge, bool? CapitauxPropresNegatifs);

public sealed record ProcedureChange(string Mois, string Etat, string Libelle);
