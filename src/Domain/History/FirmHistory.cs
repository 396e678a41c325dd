using System.Collections.Immutable;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Rules;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Domain.History;

/// <summary>
/// Everything known about one firm (SIREN), built one event at a time (the live grain) or from a whole
/// history (training), with the same result either way: each fact is a last-writer-wins register on its
/// natural key (<see cref="FactMerge"/>), the tables are kept sorted by key, and retention
/// (<see cref="RetentionRules"/>) only drops facts by key and window. So applying any permutation of the
/// same events, duplicates included, gives the same state, and the features computed from it are bitwise equal.
/// </summary>
/// <remarks>
/// The façade over one history per source (<see cref="SireneHistory"/>, <see cref="UrssafHistory"/>,
/// <see cref="HeadcountHistory"/>, <see cref="ProcedureHistory"/>, <see cref="ActivitePartielleHistory"/>,
/// <see cref="StatementHistory"/>, <see cref="SupplierPaymentHistory"/>): it routes events, moves the
/// <see cref="RetentionWindow"/> and prunes every source with it, and owns the string pool they share.
/// Not thread-safe: a grain owns its history. The state is compact (sorted arrays of small structs, headcounts
/// as dense monthly arrays, one instance per distinct string) because hundreds of thousands live in memory.
/// </remarks>
public sealed class FirmHistory
{
    private readonly StringPool _strings = new();
    private readonly SireneHistory _sirene = new();
    private readonly UrssafHistory _urssaf = new();
    private readonly HeadcountHistory _headcounts = new();
    private readonly ProcedureHistory _procedures = new();
    private readonly ActivitePartielleHistory _activitePartielle = new();
    private readonly StatementHistory _statements = new();
    private readonly SupplierPaymentHistory _supplierPayments = new();
    private RetentionWindow _window;
    private int _poolSizeAtRebuild;

    public FirmHistory(string siren) => Siren = siren;

    public string Siren { get; }

    /// <summary>The latest month any data refers to (each event capped at its delivery month); null when none.</summary>
    public Month? LastMonth => _window.LastMonth;

    /// <summary>The first month of the retention window; facts wholly before it are dropped.</summary>
    public Month? FirstRetainedMonth => _window.FirstMonth;

    public SireneUniteLegaleFact? UniteLegale => _sirene.UniteLegale;

    public ReadOnlySpan<SireneEtablissementFact> Etablissements => _sirene.Etablissements;

    public ReadOnlySpan<CotisationFact> Cotisations => _urssaf.Cotisations;

    public ReadOnlySpan<DebitFact> Debits => _urssaf.Debits;

    public ReadOnlySpan<DelaiFact> Delais => _urssaf.Delais;

    public ReadOnlySpan<CcsfFact> Ccsf => _urssaf.Ccsf;

    public ReadOnlySpan<ProcedureFact> Procedures => _procedures.Procedures;

    public ReadOnlySpan<ApDemandeFact> ApDemandes => _activitePartielle.Demandes;

    public ReadOnlySpan<ApConsommationFact> ApConsommations => _activitePartielle.Consommations;

    public ReadOnlySpan<StatementFact> Statements => _statements.Statements;

    /// <summary>Supplier payment behaviour by month, in month order.</summary>
    public ReadOnlySpan<SupplierPaymentFact> PaiementsFournisseurs => _supplierPayments.Months;

    /// <summary>Sirets with a headcount series, in key order.</summary>
    public IEnumerable<string> EffectifEtablissementKeys => _headcounts.EtablissementKeys;

    internal HeadcountSeries? EffectifEntrepriseSeries => _headcounts.Entreprise;

    internal ReadOnlySpan<HeadcountSeries> EffectifEtablissementSeries => _headcounts.Etablissements;

    /// <summary>Identity from Sirene: unité légale first, then the siège établissement.</summary>
    public FirmIdentity Identity => _sirene.Identity(Siren);

    /// <summary>The siège établissement: the one the unité légale names, else the first flagged siège.</summary>
    internal SireneEtablissementFact? Siege => _sirene.Siege(Siren);

    internal string? Ape => _sirene.Ape(Siren);

    internal DateOnly? DateCreation => _sirene.DateCreation(Siren);

    internal bool SiegeEtranger => _sirene.SiegeEtranger(Siren);

    /// <summary>Applies one event; true when the state changed, false for an event of another firm, an exact
    /// duplicate, a version older than the one kept, or a fact older than the retention window.</summary>
    public bool Apply(FirmEvent e)
    {
        if (e is null || !string.Equals(e.Siren, Siren, StringComparison.Ordinal))
        {
            return false;
        }

        if (e is EstablishmentEvent est && !EstablishmentAggregation.BelongsTo(Siren, est.Siret))
        {
            return false;
        }

        // Move the window first: a fact is then dropped on arrival exactly when it would have been pruned later.
        var changed = AdvanceTo(RetentionRules.HorizonOf(e));
        changed |= e switch
        {
            Cotisation c => _urssaf.Apply(c, _window, _strings),
            Debit d => _urssaf.Apply(d, _window, _strings),
            Delai d => _urssaf.Apply(d, _strings),
            Ccsf c => _urssaf.Apply(c, _window),
            EffectifEtablissement ee => _headcounts.Apply(ee, _window, _strings),
            EffectifEntreprise ee => _headcounts.Apply(ee, Siren, _window),
            ProcedureCollective p => _procedures.Apply(p),
            ApDemande a => _activitePartielle.Apply(a, _strings),
            ApConsommation a => _activitePartielle.Apply(a, _window, _strings),
            EtatsFinanciers f => _statements.Apply(f, _window, _strings),
            PaiementsFournisseurs p => _supplierPayments.Apply(p, _window),
            SireneUniteLegale ul => _sirene.Apply(ul),
            SireneEtablissement se => _sirene.Apply(se, _strings),

            // Administrative history periods feed no rule or feature.
            _ => false,
        };
        return changed;
    }

    /// <summary>Batch: the history of all <paramref name="events"/> of the firm.</summary>
    public static FirmHistory Build(string siren, IEnumerable<FirmEvent> events)
    {
        var history = new FirmHistory(siren);
        foreach (var e in events)
        {
            history.Apply(e);
        }

        return history;
    }

    /// <summary>Point in time: the history of the events delivered on or before <paramref name="knownAt"/>.</summary>
    public static FirmHistory Build(string siren, IEnumerable<FirmEvent> events, DateOnly knownAt)
    {
        var history = new FirmHistory(siren);
        foreach (var e in events)
        {
            if (e is not null && e.DeliveredOn <= knownAt)
            {
                history.Apply(e);
            }
        }

        return history;
    }

    public FirmHistoryState ToState() => new()
    {
        Siren = Siren,
        LastMonth = _window.LastMonth,
        UniteLegale = _sirene.UniteLegale,
        Etablissements = _sirene.Etablissements.ToImmutableArray(),
        Cotisations = _urssaf.Cotisations.ToImmutableArray(),
        Debits = _urssaf.Debits.ToImmutableArray(),
        Delais = _urssaf.Delais.ToImmutableArray(),
        Ccsf = _urssaf.Ccsf.ToImmutableArray(),
        EffectifEntreprise = _headcounts.Entreprise?.ToState(),
        EffectifEtablissements = _headcounts.EtablissementStates(),
        Procedures = _procedures.Procedures.ToImmutableArray(),
        ApDemandes = _activitePartielle.Demandes.ToImmutableArray(),
        ApConsommations = _activitePartielle.Consommations.ToImmutableArray(),
        Statements = _statements.Statements.ToImmutableArray(),
        PaiementsFournisseurs = _supplierPayments.Months.ToImmutableArray(),
    };

    /// <summary>Rebuilds a history from a snapshot. Goes through the same merge as <see cref="Apply"/>, so an
    /// unsorted or duplicated snapshot is repaired rather than trusted.</summary>
    public static FirmHistory FromState(FirmHistoryState state)
    {
        var h = new FirmHistory(state.Siren) { _window = new RetentionWindow(state.LastMonth) };
        h._sirene.Load(state, h._strings);
        h._urssaf.Load(state, h._strings);
        h._procedures.Load(state);
        h._activitePartielle.Load(state, h._strings);
        h._statements.Load(state, h._strings);
        h._supplierPayments.Load(state);
        h._headcounts.Load(state, h._strings);
        if (h._window.LastMonth is not null)
        {
            h.PruneAll();
        }

        return h;
    }

    private bool AdvanceTo(Month? month)
    {
        if (!_window.MovesTo(month))
        {
            return false;
        }

        _window = new RetentionWindow(month);
        PruneAll();
        return true;
    }

    private void PruneAll()
    {
        if (_window.FirstMonth is not { } first || _window.FirstHeadcountMonth is not { } firstHeadcount)
        {
            return;
        }

        _urssaf.Prune(first);
        _activitePartielle.Prune(first);
        _statements.Prune(first);
        _supplierPayments.Prune(first);
        _headcounts.Prune(firstHeadcount);

        // Rebuilding costs a pass over every fact: only when dropped facts may have left many unused strings.
        if (_strings.Count > 2 * _poolSizeAtRebuild + 16)
        {
            RebuildStringPool();
            _poolSizeAtRebuild = _strings.Count;
        }
    }

    // Pruned facts may leave strings nobody uses; the pool is rebuilt from the facts still kept.
    private void RebuildStringPool()
    {
        _strings.Clear();
        _sirene.InternStrings(_strings);
        _urssaf.InternStrings(_strings);
        _activitePartielle.InternStrings(_strings);
        _statements.InternStrings(_strings);
        _headcounts.InternStrings(_strings);
    }
}
