namespace SignauxFaibles.ReadModel.Storage;

/// <summary>
/// A row of table <c>list_entries</c>: one firm on one dated list, or on the live list (date
/// <see cref="ReadModelLists.Live"/>). Denormalised on purpose: the detection list is one indexed scan.
/// </summary>
internal sealed class ListEntryRecord
{
    public DateOnly ListDate { get; set; }
    public string Siren { get; set; } = "";
    public int Sequence { get; set; }
    public DateOnly AsOf { get; set; }
    /// <summary>Level code (<see cref="LevelCodes"/>).</summary>
    public string Level { get; set; } = LevelCodes.HorsPerimetre;
    public double? Score { get; set; }
    /// <summary>The score, or -1 when not scored: the sort key (same NULL-free order on every provider).</summary>
    public double SortScore { get; set; }
    public string? ModelVersion { get; set; }
    public bool PremiereAlerte { get; set; }
    public string? RaisonSociale { get; set; }
    /// <summary>Raison sociale folded to lower-case ASCII, for the free-text filter.</summary>
    public string SearchText { get; set; } = "";
    public string? Departement { get; set; }
    /// <summary>Every département of the firm, ';'-separated (display; filters use <see cref="ZoneDepartements"/>).</summary>
    public string Departements { get; set; } = "";
    /// <summary>
    /// <see cref="Departements"/> as an array, computed by the database (a stored generated column: a
    /// <c>text[]</c> with a GIN index on PostgreSQL, JSON on SQLite); the zone and access-scope filters read it.
    /// Never written by the application: set <see cref="Departements"/>, read this after a query.
    /// </summary>
    public string[] ZoneDepartements { get; set; } = [];
    public string? Naf { get; set; }
    public string? NafSection { get; set; }
    public string? NafDivision { get; set; }
    public string Procedure { get; set; } = ProcedureCodes.InBonis;
    public DateOnly? ProcedureDate { get; set; }
    public bool DetteUrssafEnHausse { get; set; }
    public bool ActivitePartielleRecente { get; set; }
    public bool DelaiUrssafEnCours { get; set; }
    public double? Effectif { get; set; }
    public double? ChiffreAffaires { get; set; }
    public double? ChiffreAffairesVariation { get; set; }
    public double? ResultatExploitation { get; set; }
    public double? ExcedentBrutExploitation { get; set; }
    public DateOnly? DateCreation { get; set; }
    /// <summary>The explanation summary as JSON (<see cref="ExplanationJson"/>).</summary>
    public string Explanation { get; set; } = "[]";
    public List<ListEntryZone> Zones { get; set; } = [];

    /// <summary>A shallow copy (the zones list is shared: replace it on the copy).</summary>
    public ListEntryRecord Clone() => (ListEntryRecord)MemberwiseClone();
}
