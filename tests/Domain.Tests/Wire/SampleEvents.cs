using System.Collections.Immutable;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Domain.Tests.Wire;

/// <summary>One realistic event of every schema; docs/events.md shows exactly these, in JSON.</summary>
internal static class SampleEvents
{
    private const string Siren = "542107651";
    private const string Siret = "54210765100011";
    private static readonly DateOnly Delivered = new(2024, 3, 20);

    public static IReadOnlyList<FirmEvent> All { get; } =
    [
        new SireneUniteLegale
        {
            Siren = Siren, DeliveredOn = new(2024, 3, 1), RaisonSociale = "ATELIERS DE MECANIQUE DU LEMAN",
            CategorieJuridique = "5710", Ape = "25.62B", ApeNaf25 = "25.62B", DateCreation = new(1987, 6, 15),
            EstActif = true, NicSiege = "00011", Sigle = "AML",
        },
        new SireneEtablissement
        {
            Siren = Siren, Siret = Siret, DeliveredOn = new(2024, 3, 1), Siege = true, Ape = "25.62B",
            DateCreation = new(1987, 6, 15), EstActif = true, Departement = "74", CodeCommune = "74281",
            CodePostal = "74200", Commune = "THONON-LES-BAINS", NumeroVoie = "12", TypeVoie = "RUE", Voie = "DES USINES",
            Longitude = 6.4793, Latitude = 46.3705,
        },
        new SireneEtablissementPeriode
        {
            Siren = Siren, Siret = Siret, DeliveredOn = new(2024, 3, 1), DateDebut = new(1987, 6, 15),
            EstActif = true, ChangementStatutActif = true,
        },
        new Cotisation
        {
            Siren = Siren, Siret = Siret, DeliveredOn = Delivered, Compte = "746000000123456789",
            PeriodeDebut = Month.Of(2024, 1), PeriodeFin = Month.Of(2024, 2), Encaisse = 18250.00m, Du = 18250.00m,
        },
        new Debit
        {
            Siren = Siren, Siret = Siret, DeliveredOn = Delivered, Compte = "746000000123456789",
            NumeroEcartNegatif = "104", NumeroHistorique = 2, DateTraitement = new(2024, 2, 23),
            PeriodeDebut = Month.Of(2023, 12), PeriodeFin = Month.Of(2024, 1), PartOuvriere = 4120.55m, PartPatronale = 9873.10m,
            EtatCompte = 1, CodeProcedureCollective = "0", CodeOperationEcartNegatif = "1", CodeMotifEcartNegatif = "0",
            RecoursEnCours = false,
        },
        new Delai
        {
            Siren = Siren, Siret = Siret, DeliveredOn = Delivered, Compte = "746000000123456789",
            NumeroContentieux = "2024000123", DateCreation = new(2024, 2, 1), DateEcheance = new(2024, 12, 31),
            DureeDelai = 334, Denomination = "ATELIERS DE MECANIQUE DU LEMAN", Indic6M = "SUP", AnneeCreation = 2024,
            MontantEcheancier = 13993.65m, Stade = "APPROB", Action = "DELAI",
        },
        new Ccsf
        {
            Siren = Siren, Siret = Siret, DeliveredOn = Delivered, Compte = "746000000123456789",
            DateTraitement = new(2024, 2, 12), Stade = "APPROB", Action = "CCSF",
        },
        new EffectifEtablissement
        {
            Siren = Siren, Siret = Siret, DeliveredOn = new(2024, 3, 5), Compte = "746000000123456789",
            Months = [new(Month.Of(2023, 10), 48), new(Month.Of(2023, 11), 47), new(Month.Of(2023, 12), 45)],
        },
        new EffectifEntreprise
        {
            Siren = Siren, DeliveredOn = new(2024, 3, 5),
            Months = [new(Month.Of(2023, 10), 52), new(Month.Of(2023, 11), 51), new(Month.Of(2023, 12), 49)],
        },
        new ProcedureCollective
        {
            Siren = Siren, Siret = Siret, DeliveredOn = Delivered, DateEffet = new(2024, 2, 26),
            Action = ProcolAction.Redressement, Stade = ProcolStade.Ouverture,
        },
        new ApDemande
        {
            Siren = Siren, Siret = Siret, DeliveredOn = Delivered, IdDemande = "S074240012345",
            EffectifEntreprise = 52, Effectif = 48, DateStatut = new(2024, 1, 10),
            PeriodeDebut = new(2024, 1, 15), PeriodeFin = new(2024, 4, 14), HeuresAutorisees = 3640,
            MontantAutorise = 29848.00m, EffectifAutorise = 20, MotifRecours = 1, Perimetre = 2,
            HeuresConsommees = 910, MontantConsomme = 7462.00m, EffectifConsomme = 18, RecoursAnterieur = "1",
        },
        new ApConsommation
        {
            Siren = Siren, Siret = Siret, DeliveredOn = Delivered, IdDemande = "S074240012345",
            Mois = Month.Of(2024, 2), HeuresConsommees = 455.5, Montant = 3735.10m, Effectif = 18,
        },
        new EtatsFinanciers
        {
            Siren = Siren, DeliveredOn = new(2024, 8, 30), DateCloture = new(2023, 12, 31), DureeExerciceMois = 12,
            Source = "bdf", ChiffreAffaires = 6_420_000m, ExcedentBrutExploitation = 212_000m, ResultatExploitation = -35_000m,
            ValeurAjoutee = 2_380_000m, ChargesPersonnel = 2_150_000m, CapitauxPropres = 410_000m, Dettes = 2_960_000m,
            BesoinFondsRoulement = 880_000m, Tresorerie = -120_000m, FraisFinanciers = 64_000m, CapaciteAutofinancement = 98_000m,
            DettesFinancieres = 1_350_000m, DettesFournisseurs = 910_000m, CreancesClients = 1_240_000m, Achats = 3_700_000m,
            ActifCirculant = 2_600_000m, DettesCourtTerme = 2_050_000m, TotalBilan = 3_370_000m, FondsRoulementNetGlobal = 760_000m,
            ResultatNet = -61_000m, Effectif = 52,
        },
        new PaiementsFournisseurs
        {
            Siren = Siren, DeliveredOn = new(2024, 4, 8), Mois = Month.Of(2024, 3), NombreFactures = 42,
            MontantFactures = 186_500m, RetardMoyenJours = 12.5m, Fpi30 = 0.081m, Fpi90 = 0.004m,
            MontantRetard30 = 15_107m, MontantRetard90 = 746m,
        },
    ];

    public static ImmutableArray<string> Schemas => [.. All.Select(e => EventSchemas.Of(e).Name)];
}
