using System.Globalization;
using Microsoft.Extensions.Primitives;
using SignauxFaibles.ReadModel;
using SignauxFaibles.Web.Security;

namespace SignauxFaibles.Web.Lists;

/// <summary>
/// The detection list's filters as the page form and <c>/api/liste</c> carry them in the query string (French
/// names), with the original's defaults when absent (effectif >= 10, in bonis with or without a plan), turned
/// into the read model's <see cref="DetectionListQuery"/> restricted to the agent's zone and follows.
/// </summary>
public sealed record ListRequest
{
    public const string Live = "direct";

    /// <summary><c>yyyy-MM-dd</c>, <see cref="Live"/>, or empty for the current list.</summary>
    public string? Liste { get; init; }
    public IReadOnlyList<string> Regions { get; init; } = [];
    public IReadOnlyList<string> Departements { get; init; } = [];
    public IReadOnlyList<string> Sections { get; init; } = [];
    public IReadOnlyList<string> Divisions { get; init; } = [];
    public int EffectifMin { get; init; } = 10;
    public double? CaMin { get; init; }
    public IReadOnlyList<string> Procedures { get; init; } = ProcedureCodes.EnBonis;
    public bool Premieres { get; init; }
    public bool SansDelai { get; init; }
    public bool PlusDe2Ans { get; init; }
    /// <summary><c>toutes</c>, <c>exclure</c> or <c>seulement</c>.</summary>
    public string Suivies { get; init; } = "toutes";
    public string? Texte { get; init; }
    /// <summary><c>score</c>, <c>nom</c> or <c>effectif</c>.</summary>
    public string Tri { get; init; } = "score";
    public int Page { get; init; } = 1;
    public int Taille { get; init; } = 50;

    public static IReadOnlyList<int> EffectifChoices { get; } = [0, 10, 20, 50, 100];

    public static ListRequest From(IQueryCollection q)
    {
        static IReadOnlyList<string> Many(StringValues v) => [.. v.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim())];
        static bool Flag(StringValues v) => v.Any(s => s is "1" or "true" or "on");
        static int Int(StringValues v, int fallback) => int.TryParse(v.FirstOrDefault(), CultureInfo.InvariantCulture, out var i) ? i : fallback;

        return new ListRequest
        {
            Liste = q["liste"].FirstOrDefault(),
            Regions = Many(q["region"]),
            Departements = Many(q["departement"]),
            Sections = Many(q["section"]),
            Divisions = Many(q["division"]),
            EffectifMin = q.ContainsKey("effectif") ? Math.Max(0, Int(q["effectif"], 10)) : 10,
            CaMin = double.TryParse(q["ca"].FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var ca) && ca > 0 ? ca : null,
            Procedures = q.ContainsKey("procedure") ? Many(q["procedure"]) : ProcedureCodes.EnBonis,
            Premieres = Flag(q["premieres"]),
            SansDelai = Flag(q["sansdelai"]),
            PlusDe2Ans = Flag(q["plusde2ans"]),
            Suivies = q["suivies"].FirstOrDefault() is "exclure" or "seulement" ? q["suivies"].First()! : "toutes",
            Texte = q["texte"].FirstOrDefault() is { Length: > 0 } t ? t.Trim() : null,
            Tri = q["tri"].FirstOrDefault() is "nom" or "effectif" ? q["tri"].First()! : "score",
            Page = Math.Max(1, Int(q["page"], 1)),
            Taille = Math.Clamp(Int(q["taille"], 50), 1, 200),
        };
    }

    /// <summary>The list date this request names: null for the current list, the live sentinel, or a date.</summary>
    public DateOnly? ListDate =>
        Liste == Live ? ReadModelLists.Live
        : DateOnly.TryParseExact(Liste, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : null;

    /// <summary>The read-model query, restricted to what the agent may see (his zone plus the firms he follows).</summary>
    public DetectionListQuery ToQuery(Agent agent, IReadOnlyCollection<string> followed, DateOnly? listDate) => new()
    {
        ListDate = listDate,
        Regions = Regions,
        Departements = Departements,
        NafSections = Sections,
        NafDivisions = Divisions,
        MinEffectif = EffectifMin > 0 ? EffectifMin : null,
        MinChiffreAffaires = CaMin,
        Procedures = Procedures,
        PremieresAlertesOnly = Premieres,
        SansDelaiUrssaf = SansDelai,
        MinAgeYears = PlusDe2Ans ? 2 : null,
        Followed = Suivies switch { "exclure" => FollowedFilter.Exclude, "seulement" => FollowedFilter.Only, _ => FollowedFilter.All },
        FollowedSirens = followed,
        Text = Texte,
        Scope = agent.Departements is null ? null : new AccessScope(agent.Departements, followed),
        Sort = Tri switch { "nom" => DetectionSort.RaisonSociale, "effectif" => DetectionSort.EffectifDescending, _ => DetectionSort.ScoreDescending },
        Page = Page,
        PageSize = Taille,
    };

    /// <summary>The filters in words, for the export's second sheet and the page's summary.</summary>
    public IReadOnlyList<(string Filtre, string Valeur)> Describe(DateOnly listDate) =>
    [
        ("Liste", listDate == ReadModelLists.Live ? "en direct" : listDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        ("Régions", Regions.Count == 0 ? "toutes" : string.Join(", ", Regions.Select(RegionLabel))),
        ("Départements", Departements.Count == 0 ? "tous" : string.Join(", ", Departements)),
        ("Sections NAF", Sections.Count == 0 ? "toutes" : string.Join(", ", Sections)),
        ("Divisions NAF", Divisions.Count == 0 ? "toutes" : string.Join(", ", Divisions)),
        ("Effectif minimum", EffectifMin > 0 ? EffectifMin.ToString(CultureInfo.InvariantCulture) : "aucun"),
        ("Chiffre d'affaires minimum (EUR)", CaMin?.ToString("0", CultureInfo.InvariantCulture) ?? "aucun"),
        ("Procédures", string.Join(", ", Procedures.Select(ProcedureCodes.Label))),
        ("Premières alertes seulement", Premieres ? "oui" : "non"),
        ("Sans délai URSSAF", SansDelai ? "oui" : "non"),
        ("Entreprises de plus de 2 ans", PlusDe2Ans ? "oui" : "non"),
        ("Entreprises suivies", Suivies),
        ("Texte", Texte ?? ""),
        ("Tri", Tri),
    ];

    /// <summary>The query string of this request with one page (for pagination links and the export).</summary>
    public string QueryString(int? page = null)
    {
        var parts = new List<string>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add($"{key}={Uri.EscapeDataString(value)}");
            }
        }

        Add("liste", Liste);
        foreach (var r in Regions) { Add("region", r); }
        foreach (var d in Departements) { Add("departement", d); }
        foreach (var s in Sections) { Add("section", s); }
        foreach (var d in Divisions) { Add("division", d); }
        Add("effectif", EffectifMin.ToString(CultureInfo.InvariantCulture));
        Add("ca", CaMin?.ToString("0", CultureInfo.InvariantCulture));
        foreach (var p in Procedures) { Add("procedure", p); }
        Add("premieres", Premieres ? "1" : null);
        Add("sansdelai", SansDelai ? "1" : null);
        Add("plusde2ans", PlusDe2Ans ? "1" : null);
        Add("suivies", Suivies == "toutes" ? null : Suivies);
        Add("texte", Texte);
        Add("tri", Tri == "score" ? null : Tri);
        Add("page", page is > 1 ? page.Value.ToString(CultureInfo.InvariantCulture) : null);
        return string.Join('&', parts);
    }

    private static string RegionLabel(string code) =>
        Domain.Reference.Departements.All.FirstOrDefault(d => d.Region == code)?.LibelleRegion ?? code;
}
