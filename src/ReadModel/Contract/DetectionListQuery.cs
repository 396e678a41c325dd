using SignauxFaibles.Domain.Alerts;

namespace SignauxFaibles.ReadModel;

/// <summary>
/// The filters, sort and page of the detection list (issue #14 item 4). The defaults are the original's:
/// firms in alert, in bonis (with or without a plan), effectif >= 10, sorted by score. Every collection
/// filter is ignored when empty. Rows are firms (one per SIREN, shown at their siège), so the original's
/// "sièges only" default always holds.
/// </summary>
public sealed record DetectionListQuery
{
    /// <summary>The list: a list date, <see cref="ReadModelLists.Live"/>, or null for the current (latest closed) list.</summary>
    public DateOnly? ListDate { get; init; }
    public IReadOnlyCollection<AlertLevel> Levels { get; init; } = [AlertLevel.Eleve, AlertLevel.Modere];
    /// <summary>Région codes (INSEE, e.g. <c>84</c>): firms with an establishment in one of their départements.</summary>
    public IReadOnlyCollection<string> Regions { get; init; } = [];
    /// <summary>Département codes: firms with an establishment in one of them.</summary>
    public IReadOnlyCollection<string> Departements { get; init; } = [];
    /// <summary>NAF section letters (A-U).</summary>
    public IReadOnlyCollection<string> NafSections { get; init; } = [];
    /// <summary>NAF division codes, two digits (e.g. <c>25</c>).</summary>
    public IReadOnlyCollection<string> NafDivisions { get; init; } = [];
    /// <summary>Minimum firm headcount (the original offers 10, 20, 50, 100); null for none.</summary>
    public double? MinEffectif { get; init; } = 10;
    /// <summary>Minimum chiffre d'affaires in euros; null for none.</summary>
    public double? MinChiffreAffaires { get; init; }
    /// <summary>Procédure state codes (<see cref="ProcedureCodes"/>); default in bonis with or without a plan.</summary>
    public IReadOnlyCollection<string> Procedures { get; init; } = ProcedureCodes.EnBonis;
    public bool PremieresAlertesOnly { get; init; }
    /// <summary>Only firms without a running URSSAF payment plan.</summary>
    public bool SansDelaiUrssaf { get; init; }
    /// <summary>Only firms created at least this many years before the list date; null for none (the original: 2).</summary>
    public int? MinAgeYears { get; init; }
    public FollowedFilter Followed { get; init; } = FollowedFilter.All;
    /// <summary>The SIRENs the agent follows (for <see cref="Followed"/>), given by the caller (suivi lives in the web app).</summary>
    public IReadOnlyCollection<string> FollowedSirens { get; init; } = [];
    /// <summary>Free text: part of the raison sociale (case and accents ignored) or the start of a SIREN.</summary>
    public string? Text { get; init; }
    /// <summary>Access scope of the agent; null = every firm (enforced by the caller's authorization).</summary>
    public AccessScope? Scope { get; init; }
    public DetectionSort Sort { get; init; } = DetectionSort.ScoreDescending;
    /// <summary>Page number, from 1.</summary>
    public int Page { get; init; } = 1;
    /// <summary>Rows per page, 1 to <see cref="MaxPageSize"/>.</summary>
    public int PageSize { get; init; } = 50;

    public const int MaxPageSize = 1000;
}

/// <summary>How followed firms filter the list.</summary>
public enum FollowedFilter
{
    All,
    Exclude,
    Only,
}

/// <summary>The row order.</summary>
public enum DetectionSort
{
    ScoreDescending,
    RaisonSociale,
    EffectifDescending,
}

/// <summary>What an agent may see: firms with an establishment in one of <paramref name="Departements"/>, plus <paramref name="Sirens"/> (the firms he follows).</summary>
public sealed record AccessScope(IReadOnlyCollection<string> Departements, IReadOnlyCollection<string> Sirens);
