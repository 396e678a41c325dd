using System.Collections.Immutable;
using System.Globalization;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Domain.Tests.History;

/// <summary>Compact builders of events for one test firm; dates as "yyyy-MM-dd", months as "yyyy-MM".</summary>
internal static class TestEvents
{
    public const string Siren = "123456789";

    public static string Siret(int etablissement = 1) => Siren + etablissement.ToString("D5", CultureInfo.InvariantCulture);

    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static Month M(string month) => Month.Parse(month);

    public static Cotisation Cotisation(string debut, int months, decimal du, string delivered = "2000-01-01", int etablissement = 1, string compte = "C1") => new()
    {
        Siren = Siren, Siret = Siret(etablissement), DeliveredOn = Delivery(delivered, M(debut).AddMonths(months)), Compte = compte,
        PeriodeDebut = M(debut), PeriodeFin = M(debut).AddMonths(months), Du = du,
    };

    public static Debit Debit(string ecart, int historique, string traitement, decimal po, decimal pp,
        string delivered = "2000-01-01", int etablissement = 1, string periode = "2019-12") => new()
    {
        Siren = Siren, Siret = Siret(etablissement), DeliveredOn = Delivery(delivered, Month.From(D(traitement)).Next), Compte = "C1",
        NumeroEcartNegatif = ecart, NumeroHistorique = historique, DateTraitement = D(traitement),
        PeriodeDebut = M(periode), PeriodeFin = M(periode).Next, PartOuvriere = po, PartPatronale = pp,
    };

    public static EffectifEtablissement Effectif(int etablissement, string first, params int[] values) =>
        EffectifDelivered(etablissement, first, "2000-01-01", values);

    public static EffectifEtablissement EffectifDelivered(int etablissement, string first, string delivered, params int[] values) => new()
    {
        Siren = Siren, Siret = Siret(etablissement), DeliveredOn = Delivery(delivered, M(first).AddMonths(values.Length)),
        Months = Headcounts(first, values),
    };

    public static EffectifEntreprise EffectifEntreprise(string first, params int[] values) => new()
    {
        Siren = Siren, DeliveredOn = M(first).AddMonths(values.Length).FirstDay, Months = Headcounts(first, values),
    };

    public static Delai Delai(string numero, string creation, string echeance, int duree, decimal montant, string delivered = "2000-01-01") => new()
    {
        Siren = Siren, Siret = Siret(), DeliveredOn = Delivery(delivered, Month.From(D(creation)).Next), Compte = "C1",
        NumeroContentieux = numero, DateCreation = D(creation), DateEcheance = D(echeance), DureeDelai = duree, MontantEcheancier = montant,
    };

    public static Ccsf Ccsf(string date, string stade = "DEBUT") => new()
    {
        Siren = Siren, Siret = Siret(), DeliveredOn = Month.From(D(date)).Next.FirstDay, Compte = "C1", DateTraitement = D(date), Stade = stade,
    };

    public static ProcedureCollective Procedure(string date, ProcolAction action, ProcolStade stade) => new()
    {
        Siren = Siren, DeliveredOn = D(date).AddDays(20), DateEffet = D(date), Action = action, Stade = stade,
    };

    public static ApDemande ApDemande(string id, string debut, string fin, double heures, int motif = 1, int etablissement = 1, string delivered = "2000-01-01") => new()
    {
        Siren = Siren, Siret = Siret(etablissement), DeliveredOn = Delivery(delivered, Month.From(D(debut)).Next), IdDemande = id,
        PeriodeDebut = D(debut), PeriodeFin = D(fin), HeuresAutorisees = heures, MotifRecours = motif,
    };

    public static ApConsommation ApConsommation(string id, string mois, double heures, int etablissement = 1) => new()
    {
        Siren = Siren, Siret = Siret(etablissement), DeliveredOn = M(mois).Next.FirstDay, IdDemande = id, Mois = M(mois), HeuresConsommees = heures,
    };

    public static EtatsFinanciers Bilan(string cloture, decimal? ca, string source = "bdf", string? delivered = null, int duree = 12) => new()
    {
        Siren = Siren, DeliveredOn = delivered is null ? D(cloture).AddMonths(8) : D(delivered), DateCloture = D(cloture),
        Source = source, DureeExerciceMois = duree, ChiffreAffaires = ca,
    };

    public static SireneUniteLegale UniteLegale(string? ape = "25.62B", string? categorie = "5499", string? creation = "2010-06-15",
        string? nicSiege = "00001", string raisonSociale = "ACME", string delivered = "2000-01-01") => new()
    {
        Siren = Siren, DeliveredOn = D(delivered), RaisonSociale = raisonSociale, CategorieJuridique = categorie, Ape = ape,
        DateCreation = creation is null ? null : D(creation), EstActif = true, NicSiege = nicSiege,
    };

    public static SireneEtablissement Etablissement(int etablissement = 1, bool siege = true, string? departement = "01",
        string? paysEtranger = null, string? ape = null) => new()
    {
        Siren = Siren, Siret = Siret(etablissement), DeliveredOn = D("2000-01-01"), Siege = siege, Departement = departement,
        CodePaysEtranger = paysEtranger, Ape = ape, EstActif = true,
    };

    private static ImmutableArray<MonthlyHeadcount> Headcounts(string first, int[] values) =>
        [.. values.Select((v, i) => new MonthlyHeadcount(M(first).AddMonths(i), v))];

    // "2000-01-01" stands for "delivered right after the data": the default keeps tests short.
    private static DateOnly Delivery(string delivered, Month after) => delivered == "2000-01-01" ? after.FirstDay : D(delivered);
}
