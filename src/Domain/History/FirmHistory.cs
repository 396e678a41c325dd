using System.Collections.Immutable;
using System.Runtime.InteropServices;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Reference;
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
/// Not thread-safe: a grain owns its history. The state is compact (sorted arrays of small structs, headcounts
/// as dense monthly arrays, one instance per distinct string) because hundreds of thousands live in memory.
/// </remarks>
public sealed partial class FirmHistory
{
    private readonly StringPool _strings = new();
    private readonly FactTable<SireneEtablissementFact> _etablissements = new();
    private readonly FactTable<CotisationFact> _cotisations = new();
    private readonly FactTable<DebitFact> _debits = new();
    private readonly FactTable<DelaiFact> _delais = new();
    private readonly FactTable<CcsfFact> _ccsf = new();
    private readonly FactTable<ProcedureFact> _procedures = new();
    private readonly FactTable<ApDemandeFact> _apDemandes = new();
    private readonly FactTable<ApConsommationFact> _apConsommations = new();
    private readonly FactTable<StatementFact> _statements = new();
    private readonly List<HeadcountSeries> _effectifEtablissements = [];
    private HeadcountSeries? _effectifEntreprise;
    private SireneUniteLegaleFact? _uniteLegale;
    private Month? _lastMonth;
    private int _poolSizeAtRebuild;

    public FirmHistory(string siren) => Siren = siren;

    public string Siren { get; }

    /// <summary>The latest month any data refers to (each event capped at its delivery month); null when none.</summary>
    public Month? LastMonth => _lastMonth;

    /// <summary>The first month of the retention window; facts wholly before it are dropped.</summary>
    public Month? FirstRetainedMonth => _lastMonth is { } last ? RetentionRules.FirstMonth(last) : null;

    public SireneUniteLegaleFact? UniteLegale => _uniteLegale;

    public ReadOnlySpan<SireneEtablissementFact> Etablissements => _etablissements.Items;

    public ReadOnlySpan<CotisationFact> Cotisations => _cotisations.Items;

    public ReadOnlySpan<DebitFact> Debits => _debits.Items;

    public ReadOnlySpan<DelaiFact> Delais => _delais.Items;

    public ReadOnlySpan<CcsfFact> Ccsf => _ccsf.Items;

    public ReadOnlySpan<ProcedureFact> Procedures => _procedures.Items;

    public ReadOnlySpan<ApDemandeFact> ApDemandes => _apDemandes.Items;

    public ReadOnlySpan<ApConsommationFact> ApConsommations => _apConsommations.Items;

    public ReadOnlySpan<StatementFact> Statements => _statements.Items;

    /// <summary>Sirets with a headcount series, in key order.</summary>
    public IEnumerable<string> EffectifEtablissementKeys
    {
        get
        {
            foreach (var s in _effectifEtablissements)
            {
                yield return s.Key;
            }
        }
    }

    internal HeadcountSeries? EffectifEntrepriseSeries => _effectifEntreprise;

    internal ReadOnlySpan<HeadcountSeries> EffectifEtablissementSeries => CollectionsMarshal.AsSpan(_effectifEtablissements);

    /// <summary>Identity from Sirene: unité légale first, then the siège établissement.</summary>
    public FirmIdentity Identity
    {
        get
        {
            var siege = Siege;
            var ape = Ape;
            var division = NafNomenclature.DivisionOf(ape);
            var section = NafNomenclature.SectionOf(ape);
            var departement = siege?.Departement;
            return new FirmIdentity
            {
                Siren = Siren,
                RaisonSociale = string.IsNullOrEmpty(_uniteLegale?.RaisonSociale) ? null : _uniteLegale.Value.RaisonSociale,
                Ape = ape,
                NafSection = section?.ToString(),
                NafDivision = division?.ToString("D2", System.Globalization.CultureInfo.InvariantCulture),
                Departement = departement,
                Region = Departements.RegionOf(departement),
                DateCreation = DateCreation,
                CategorieJuridique = _uniteLegale?.CategorieJuridique,
                SiegeSiret = siege?.Siret ?? (_uniteLegale?.NicSiege is { Length: > 0 } nic ? Siren + nic : null),
                SiegeEtranger = SiegeEtranger,
                EstActif = _uniteLegale?.EstActif,
            };
        }
    }

    /// <summary>The siège établissement: the one the unité légale names, else the first flagged siège.</summary>
    internal SireneEtablissementFact? Siege
    {
        get
        {
            if (_uniteLegale?.NicSiege is { Length: > 0 } nic)
            {
                foreach (ref readonly var e in _etablissements.Items)
                {
                    if (e.Siret.Length == Siren.Length + nic.Length && e.Siret.AsSpan(Siren.Length).SequenceEqual(nic))
                    {
                        return e;
                    }
                }
            }

            foreach (ref readonly var e in _etablissements.Items)
            {
                if (e.Siege)
                {
                    return e;
                }
            }

            return null;
        }
    }

    internal string? Ape => _uniteLegale?.Ape is { Length: > 0 } ape ? ape : Siege?.Ape;

    internal DateOnly? DateCreation => _uniteLegale?.DateCreation ?? Siege?.DateCreation;

    internal bool SiegeEtranger => Siege is { CodePaysEtranger: { Length: > 0 } };

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
            Cotisation c => ApplyCotisation(c),
            Debit d => ApplyDebit(d),
            Delai d => ApplyDelai(d),
            Ccsf c => ApplyCcsf(c),
            EffectifEtablissement ee => ApplyEffectifEtablissement(ee),
            EffectifEntreprise ee => ApplyEffectifEntreprise(ee),
            ProcedureCollective p => ApplyProcedure(p),
            ApDemande a => ApplyApDemande(a),
            ApConsommation a => ApplyApConsommation(a),
            EtatsFinanciers f => ApplyEtatsFinanciers(f),
            PaiementsFournisseurs p => ApplyPaiementsFournisseurs(p),
            SireneUniteLegale ul => ApplyUniteLegale(ul),
            SireneEtablissement se => ApplyEtablissement(se),

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

    public FirmHistoryState ToState()
    {
        var series = ImmutableArray.CreateBuilder<HeadcountSeriesState>(_effectifEtablissements.Count);
        foreach (var s in _effectifEtablissements)
        {
            series.Add(s.ToState());
        }

        return new FirmHistoryState
        {
            Siren = Siren,
            LastMonth = _lastMonth,
            UniteLegale = _uniteLegale,
            Etablissements = _etablissements.ToImmutableArray(),
            Cotisations = _cotisations.ToImmutableArray(),
            Debits = _debits.ToImmutableArray(),
            Delais = _delais.ToImmutableArray(),
            Ccsf = _ccsf.ToImmutableArray(),
            EffectifEntreprise = _effectifEntreprise?.ToState(),
            EffectifEtablissements = series.MoveToImmutable(),
            Procedures = _procedures.ToImmutableArray(),
            ApDemandes = _apDemandes.ToImmutableArray(),
            ApConsommations = _apConsommations.ToImmutableArray(),
            Statements = _statements.ToImmutableArray(),
            PaiementsFournisseurs = _paiementsFournisseurs.ToImmutableArray(),
        };
    }

    /// <summary>Rebuilds a history from a snapshot. Goes through the same merge as <see cref="Apply"/>, so an
    /// unsorted or duplicated snapshot is repaired rather than trusted.</summary>
    public static FirmHistory FromState(FirmHistoryState state)
    {
        var h = new FirmHistory(state.Siren) { _lastMonth = state.LastMonth };
        if (state.UniteLegale is { } ul)
        {
            h._uniteLegale = ul;
        }

        foreach (var f in state.Etablissements.AsSpan())
        {
            h._etablissements.Upsert(f with { Siret = h.Intern(f.Siret) });
        }

        foreach (var f in state.Cotisations.AsSpan())
        {
            h._cotisations.Upsert(f with { Siret = h.Intern(f.Siret), Compte = h.Intern(f.Compte) });
        }

        foreach (var f in state.Debits.AsSpan())
        {
            h._debits.Upsert(f with { Siret = h.Intern(f.Siret), NumeroEcart = h.Intern(f.NumeroEcart) });
        }

        foreach (var f in state.Delais.AsSpan())
        {
            h._delais.Upsert(f with { Siret = h.Intern(f.Siret), NumeroContentieux = h.Intern(f.NumeroContentieux) });
        }

        foreach (var f in state.Ccsf.AsSpan())
        {
            h._ccsf.Upsert(f);
        }

        foreach (var f in state.Procedures.AsSpan())
        {
            h._procedures.Upsert(f);
        }

        foreach (var f in state.ApDemandes.AsSpan())
        {
            h._apDemandes.Upsert(f with { Siret = h.Intern(f.Siret), IdDemande = h.Intern(f.IdDemande) });
        }

        foreach (var f in state.ApConsommations.AsSpan())
        {
            h._apConsommations.Upsert(f with { Siret = h.Intern(f.Siret), IdDemande = h.Intern(f.IdDemande) });
        }

        foreach (var f in state.Statements.AsSpan())
        {
            h._statements.Upsert(f with { Source = h.Intern(f.Source) });
        }

        h.LoadPaiementsFournisseurs(state);
        if (state.EffectifEntreprise is { } ent)
        {
            var series = new HeadcountSeries(h.Siren);
            series.Load(ent);
            h._effectifEntreprise = series.IsEmpty ? null : series;
        }

        foreach (var s in state.EffectifEtablissements.AsSpan())
        {
            h.SeriesFor(h.Intern(s.Key)).Load(s);
        }

        h.RemoveEmptySeries();
        if (h._lastMonth is not null)
        {
            h.PruneAll();
        }

        return h;
    }

    private string Intern(string? value) => _strings.Intern(value ?? "");

    private bool IsBeforeWindow(Month month) => _lastMonth is { } last && month < RetentionRules.FirstMonth(last);

    private bool AdvanceTo(Month? month)
    {
        if (month is not { } m || (_lastMonth is { } last && m <= last))
        {
            return false;
        }

        _lastMonth = m;
        PruneAll();
        return true;
    }

    private bool ApplyCotisation(Cotisation c)
    {
        if (c.PeriodeFin <= c.PeriodeDebut || IsBeforeWindow(c.PeriodeFin.Previous))
        {
            return false;
        }

        return _cotisations.Upsert(new CotisationFact
        {
            Siret = Intern(c.Siret),
            Compte = Intern(c.Compte),
            PeriodeDebut = c.PeriodeDebut,
            PeriodeFin = c.PeriodeFin,
            Du = c.Du,
            DeliveredOn = c.DeliveredOn,
            DeliverySequence = c.DeliverySequence,
        });
    }

    private bool ApplyDebit(Debit d)
    {
        var fact = new DebitFact
        {
            Siret = Intern(d.Siret),
            PeriodeDebut = d.PeriodeDebut,
            PeriodeFin = d.PeriodeFin,
            NumeroEcart = Intern(d.NumeroEcartNegatif),
            NumeroHistorique = d.NumeroHistorique,
            MoisEffet = DebtRules.EffectiveMonth(d.DateTraitement),
            PartOuvriere = d.PartOuvriere,
            PartPatronale = d.PartPatronale,
            DeliveredOn = d.DeliveredOn,
            DeliverySequence = d.DeliverySequence,
        };
        if (!_debits.Upsert(fact))
        {
            return false;
        }

        // A new operation may supersede older ones before the window, or be superseded itself.
        // Unchanged only when the new operation itself was the one pruned.
        var removed = PruneDebits();
        return _debits.Find(fact) >= 0 || removed > 1;
    }

    private bool ApplyDelai(Delai d) => _delais.Upsert(new DelaiFact
    {
        Siret = Intern(d.Siret),
        NumeroContentieux = Intern(d.NumeroContentieux),
        DateCreation = d.DateCreation,
        DateEcheance = d.DateEcheance,
        DureeDelai = d.DureeDelai,
        MontantEcheancier = d.MontantEcheancier,
        DeliveredOn = d.DeliveredOn,
        DeliverySequence = d.DeliverySequence,
    });

    private bool ApplyCcsf(Ccsf c)
    {
        var fact = new CcsfFact { Mois = Month.From(c.DateTraitement) };
        if (!_ccsf.Upsert(fact))
        {
            return false;
        }

        var removed = PruneCcsf();
        return _ccsf.Find(fact) >= 0 || removed > 1;
    }

    private bool ApplyEffectifEtablissement(EffectifEtablissement e)
    {
        if (e.Months.IsDefaultOrEmpty)
        {
            return false;
        }

        var series = SeriesFor(Intern(e.Siret));
        var changed = UpsertHeadcounts(series, e.Months, e.DeliveredOn, e.DeliverySequence);
        if (series.IsEmpty)
        {
            _effectifEtablissements.Remove(series);
        }

        return changed;
    }

    private bool ApplyEffectifEntreprise(EffectifEntreprise e)
    {
        if (e.Months.IsDefaultOrEmpty)
        {
            return false;
        }

        var series = _effectifEntreprise ?? new HeadcountSeries(Siren);
        var changed = UpsertHeadcounts(series, e.Months, e.DeliveredOn, e.DeliverySequence);
        _effectifEntreprise = series.IsEmpty ? null : series;
        return changed;
    }

    private bool UpsertHeadcounts(HeadcountSeries series, ImmutableArray<MonthlyHeadcount> months, DateOnly deliveredOn, long deliverySequence)
    {
        Month? first = _lastMonth is { } last ? RetentionRules.FirstHeadcountMonth(last) : null;
        var changed = false;
        foreach (var m in months.AsSpan())
        {
            if (first is null || m.Month >= first.Value)
            {
                changed |= series.Upsert(m.Month, m.Effectif, deliveredOn, deliverySequence);
            }
        }

        return changed;
    }

    private bool ApplyProcedure(ProcedureCollective p) =>
        !ProcedureRules.IsIgnored(p.Stade)
        && _procedures.Upsert(new ProcedureFact { DateEffet = p.DateEffet, Action = p.Action, Stade = p.Stade });

    private bool ApplyApDemande(ApDemande a)
    {
        if (a.PeriodeFin < a.PeriodeDebut)
        {
            return false;
        }

        return _apDemandes.Upsert(new ApDemandeFact
        {
            Siret = Intern(a.Siret),
            IdDemande = Intern(a.IdDemande),
            MoisDebut = Month.From(a.PeriodeDebut),
            MoisFin = Month.From(a.PeriodeFin),
            HeuresAutorisees = a.HeuresAutorisees,
            MotifRecours = a.MotifRecours ?? 0,
            DeliveredOn = a.DeliveredOn,
            DeliverySequence = a.DeliverySequence,
        });
    }

    private bool ApplyApConsommation(ApConsommation a)
    {
        if (IsBeforeWindow(a.Mois))
        {
            return false;
        }

        return _apConsommations.Upsert(new ApConsommationFact
        {
            Siret = Intern(a.Siret),
            IdDemande = Intern(a.IdDemande),
            Mois = a.Mois,
            HeuresConsommees = a.HeuresConsommees,
            DeliveredOn = a.DeliveredOn,
            DeliverySequence = a.DeliverySequence,
        });
    }

    private bool ApplyEtatsFinanciers(EtatsFinanciers f)
    {
        var fact = new StatementFact
        {
            DateCloture = f.DateCloture,
            Source = Intern(f.Source),
            DureeExerciceMois = f.DureeExerciceMois,
            Figures = FinancialFigures.From(f),
            DeliveredOn = f.DeliveredOn,
            DeliverySequence = f.DeliverySequence,
        };
        if (!_statements.Upsert(fact))
        {
            return false;
        }

        var removed = PruneStatements();
        return _statements.Find(fact) >= 0 || removed > 1;
    }

    private bool ApplyUniteLegale(SireneUniteLegale ul)
    {
        var raisonSociale = ul.RaisonSociale is { Length: > 0 }
            ? ul.RaisonSociale
            : $"{ul.PrenomUniteLegale} {ul.NomUniteLegale}".Trim();
        var fact = new SireneUniteLegaleFact
        {
            RaisonSociale = raisonSociale,
            CategorieJuridique = ul.CategorieJuridique,
            Ape = ul.Ape,
            DateCreation = ul.DateCreation,
            EstActif = ul.EstActif,
            NicSiege = ul.NicSiege,
            DeliveredOn = ul.DeliveredOn,
            DeliverySequence = ul.DeliverySequence,
        };
        if (_uniteLegale is { } current && !FactMerge.IncomingWins(current, fact))
        {
            return false;
        }

        _uniteLegale = fact;
        return true;
    }

    private bool ApplyEtablissement(SireneEtablissement e) => _etablissements.Upsert(new SireneEtablissementFact
    {
        Siret = Intern(e.Siret),
        Siege = e.Siege,
        Ape = e.Ape,
        DateCreation = e.DateCreation,
        EstActif = e.EstActif,
        Departement = e.Departement,
        CodePaysEtranger = e.CodePaysEtranger,
        DeliveredOn = e.DeliveredOn,
        DeliverySequence = e.DeliverySequence,
    });

    private HeadcountSeries SeriesFor(string siret)
    {
        int lo = 0, hi = _effectifEtablissements.Count - 1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            var c = string.CompareOrdinal(_effectifEtablissements[mid].Key, siret);
            if (c == 0)
            {
                return _effectifEtablissements[mid];
            }

            if (c < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        var series = new HeadcountSeries(siret);
        _effectifEtablissements.Insert(lo, series);
        return series;
    }

    private void PruneAll()
    {
        if (_lastMonth is not { } last)
        {
            return;
        }

        var first = RetentionRules.FirstMonth(last);
        _cotisations.RemoveAll(static (f, w) => f.PeriodeFin <= w, first);
        _apConsommations.RemoveAll(static (f, w) => f.Mois < w, first);
        PruneDebits();
        PruneCcsf();
        PruneStatements();
        PrunePaiementsFournisseurs(first);

        var firstHeadcount = RetentionRules.FirstHeadcountMonth(last);
        if (_effectifEntreprise is not null)
        {
            _effectifEntreprise.DropBefore(firstHeadcount);
            if (_effectifEntreprise.IsEmpty)
            {
                _effectifEntreprise = null;
            }
        }

        foreach (var s in _effectifEtablissements)
        {
            s.DropBefore(firstHeadcount);
        }

        RemoveEmptySeries();

        // Rebuilding costs a pass over every fact: only when dropped facts may have left many unused strings.
        if (_strings.Count > 2 * _poolSizeAtRebuild + 16)
        {
            RebuildStringPool();
            _poolSizeAtRebuild = _strings.Count;
        }
    }

    private int PruneDebits()
    {
        if (_lastMonth is not { } last || _debits.Count == 0)
        {
            return 0;
        }

        Span<bool> drop = _debits.Count <= 512 ? stackalloc bool[_debits.Count] : new bool[_debits.Count];
        RetentionRules.MarkSupersededDebits(_debits.Items, RetentionRules.FirstMonth(last), drop);
        return _debits.RemoveMarked(drop);
    }

    private int PruneCcsf()
    {
        if (_lastMonth is not { } last || _ccsf.Count == 0)
        {
            return 0;
        }

        Span<bool> drop = _ccsf.Count <= 512 ? stackalloc bool[_ccsf.Count] : new bool[_ccsf.Count];
        RetentionRules.MarkSupersededCcsf(_ccsf.Items, RetentionRules.FirstMonth(last), drop);
        return _ccsf.RemoveMarked(drop);
    }

    private int PruneStatements()
    {
        if (_lastMonth is not { } last || _statements.Count == 0)
        {
            return 0;
        }

        Span<bool> drop = _statements.Count <= 512 ? stackalloc bool[_statements.Count] : new bool[_statements.Count];
        RetentionRules.MarkSupersededStatements(_statements.Items, RetentionRules.FirstMonth(last), drop);
        return _statements.RemoveMarked(drop);
    }

    private void RemoveEmptySeries() => _effectifEtablissements.RemoveAll(static s => s.IsEmpty);

    // Pruned facts may leave strings nobody uses; the pool is rebuilt from the facts still kept.
    private void RebuildStringPool()
    {
        _strings.Clear();
        foreach (ref readonly var f in _etablissements.Items)
        {
            _strings.Intern(f.Siret);
        }

        foreach (ref readonly var f in _cotisations.Items)
        {
            _strings.Intern(f.Siret);
            _strings.Intern(f.Compte);
        }

        foreach (ref readonly var f in _debits.Items)
        {
            _strings.Intern(f.Siret);
            _strings.Intern(f.NumeroEcart);
        }

        foreach (ref readonly var f in _delais.Items)
        {
            _strings.Intern(f.Siret);
            _strings.Intern(f.NumeroContentieux);
        }

        foreach (ref readonly var f in _apDemandes.Items)
        {
            _strings.Intern(f.Siret);
            _strings.Intern(f.IdDemande);
        }

        foreach (ref readonly var f in _apConsommations.Items)
        {
            _strings.Intern(f.Siret);
            _strings.Intern(f.IdDemande);
        }

        foreach (ref readonly var f in _statements.Items)
        {
            _strings.Intern(f.Source);
        }

        foreach (var s in _effectifEtablissements)
        {
            _strings.Intern(s.Key);
        }
    }
}
