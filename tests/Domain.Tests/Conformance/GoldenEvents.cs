using System.Collections.Immutable;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Time;
using static SignauxFaibles.Domain.Tests.Conformance.GoldenTable;

namespace SignauxFaibles.Domain.Tests.Conformance;

/// <summary>
/// Events built from the original parsers' output (<c>test-import.*</c>): exactly what our parsers must
/// produce from the same partner files, so the rules can be checked without waiting for them.
/// </summary>
internal static class GoldenEvents
{
    /// <summary>All corpus files are taken as delivered together, after every date they mention.</summary>
    public static readonly DateOnly DeliveredOn = new(2021, 1, 15);

    public static List<Debit> Debits()
    {
        var t = Import("debit");
        return t.Rows.Select(r => new Debit
        {
            Siren = t.Get(r, "siret")[..9],
            Siret = t.Get(r, "siret"),
            DeliveredOn = DeliveredOn,
            Compte = t.Get(r, "numéro_compte"),
            NumeroEcartNegatif = t.Get(r, "numéro_écart_négatif"),
            NumeroHistorique = Int(t.Get(r, "numéro_historique_écart_négatif")),
            DateTraitement = Date(t.Get(r, "date_traitement")),
            PeriodeDebut = Month.From(Date(t.Get(r, "période_début"))),
            PeriodeFin = Month.From(Date(t.Get(r, "période_fin"))),
            PartOuvriere = Decimal(t.Get(r, "part_ouvrière")),
            PartPatronale = Decimal(t.Get(r, "part_patronale")),
            EtatCompte = Int(t.Get(r, "état_compte")),
            CodeProcedureCollective = t.Get(r, "code_procédure_collective"),
            CodeOperationEcartNegatif = t.Get(r, "code_opération_écart_négatif"),
            CodeMotifEcartNegatif = t.Get(r, "code_motif_écart_négatif"),
            RecoursEnCours = t.Get(r, "recours") == "true",
        }).ToList();
    }

    public static List<Cotisation> Cotisations()
    {
        var t = Import("cotisation");
        return t.Rows.Select(r => new Cotisation
        {
            Siren = t.Get(r, "siret")[..9],
            Siret = t.Get(r, "siret"),
            DeliveredOn = DeliveredOn,
            Compte = t.Get(r, "numéro_compte"),
            PeriodeDebut = Month.From(Date(t.Get(r, "période_début"))),
            PeriodeFin = Month.From(Date(t.Get(r, "période_fin"))),
            Encaisse = Decimal(t.Get(r, "encaissé")),
            Du = Decimal(t.Get(r, "du")),
        }).ToList();
    }

    public static List<ApDemande> ApDemandes()
    {
        var t = Import("apdemande");
        return t.Rows.Select(r => new ApDemande
        {
            Siren = t.Get(r, "siret")[..9],
            Siret = t.Get(r, "siret"),
            DeliveredOn = DeliveredOn,
            IdDemande = t.Get(r, "id_demande"),
            EffectifEntreprise = Int(t.Get(r, "effectif_entreprise")),
            Effectif = Int(t.Get(r, "effectif")),
            DateStatut = Date(t.Get(r, "date_statut")),
            PeriodeDebut = Date(t.Get(r, "période_début")),
            PeriodeFin = Date(t.Get(r, "période_fin")),
            HeuresAutorisees = Double(t.Get(r, "heures_autorisées")),
            MontantAutorise = Decimal(t.Get(r, "montants_autorisés")),
            EffectifAutorise = Int(t.Get(r, "effectif_autorisé")),
            MotifRecours = Int(t.Get(r, "motif_recours_se")),
            HeuresConsommees = Double(t.Get(r, "heure_consommee")),
            MontantConsomme = Decimal(t.Get(r, "montant_consomme")),
            EffectifConsomme = Int(t.Get(r, "effectif_consomme")),
            Perimetre = Int(t.Get(r, "perimetre")),
        }).ToList();
    }

    public static List<ApConsommation> ApConsommations()
    {
        var t = Import("apconso");
        return t.Rows.Select(r => new ApConsommation
        {
            Siren = t.Get(r, "Siret")[..9],
            Siret = t.Get(r, "Siret"),
            DeliveredOn = DeliveredOn,
            IdDemande = t.Get(r, "ID"),
            Mois = Month.From(Date(t.Get(r, "Periode"))),
            HeuresConsommees = Double(t.Get(r, "HeureConsommee")),
            Montant = Decimal(t.Get(r, "Montant")),
            Effectif = Int(t.Get(r, "Effectif")),
        }).ToList();
    }

    public static List<EffectifEntreprise> EffectifsEntreprise()
    {
        var t = Import("effectif_ent");
        return t.Rows.GroupBy(r => t.Get(r, "siren")).Select(g => new EffectifEntreprise
        {
            Siren = g.Key,
            DeliveredOn = DeliveredOn,
            Months = g.Select(r => new MonthlyHeadcount(Month.From(Date(t.Get(r, "période"))), Int(t.Get(r, "effectif_entreprise"))))
                .OrderBy(m => m.Month).ToImmutableArray(),
        }).ToList();
    }

    public static List<EffectifEtablissement> EffectifsEtablissement()
    {
        var t = Import("effectif");
        return t.Rows.GroupBy(r => (Siret: t.Get(r, "siret"), Compte: t.Get(r, "compte"))).Select(g => new EffectifEtablissement
        {
            Siren = g.Key.Siret[..9],
            Siret = g.Key.Siret,
            Compte = g.Key.Compte,
            DeliveredOn = DeliveredOn,
            Months = g.Select(r => new MonthlyHeadcount(Month.From(Date(t.Get(r, "période"))), Int(t.Get(r, "effectif"))))
                .OrderBy(m => m.Month).ToImmutableArray(),
        }).ToList();
    }

    public static List<ProcedureCollective> Procedures()
    {
        var t = Import("procol");
        return t.Rows.Select(r => new ProcedureCollective
        {
            Siren = t.Get(r, "siret")[..9],
            Siret = t.Get(r, "siret"),
            DeliveredOn = DeliveredOn,
            DateEffet = Date(t.Get(r, "date_effet")),
            Action = Enum.Parse<ProcolAction>(t.Get(r, "action_procol"), ignoreCase: true),
            Stade = Enum.Parse<ProcolStade>(t.Get(r, "stade_procol").Replace("_", "", StringComparison.Ordinal), ignoreCase: true),
        }).ToList();
    }

    public static List<Delai> Delais()
    {
        var t = Import("delai");
        return t.Rows.Select(r => new Delai
        {
            Siren = t.Get(r, "siret")[..9],
            Siret = t.Get(r, "siret"),
            DeliveredOn = DeliveredOn,
            Compte = t.Get(r, "numéro_compte"),
            NumeroContentieux = t.Get(r, "numéro_contentieux"),
            DateCreation = Date(t.Get(r, "date_création")),
            DateEcheance = Date(t.Get(r, "date_échéance")),
            DureeDelai = Int(t.Get(r, "durée_délai")),
            Denomination = t.Get(r, "dénomination"),
            Indic6M = t.Get(r, "indic_6mois"),
            AnneeCreation = Int(t.Get(r, "année_création")),
            MontantEcheancier = Decimal(t.Get(r, "montant_échéancier")),
            Stade = t.Get(r, "stade"),
            Action = t.Get(r, "action"),
        }).ToList();
    }
}
