using SignauxFaibles.Domain.Events;
using SignauxFaibles.Formats.Dgefp;
using SignauxFaibles.Formats.Financial;
using SignauxFaibles.Formats.Sirene;
using SignauxFaibles.Formats.Suppliers;
using SignauxFaibles.Formats.Urssaf;

namespace SignauxFaibles.Simulator.Output;

/// <summary>
/// The partner formats the simulator writes, each with the format's own writer from <c>src/Formats</c>.
/// Format names are those the matching readers report; file names say which partner delivers them.
/// </summary>
public static class PartnerFileSinks
{
    public static IReadOnlyList<IPartnerFileSink> All { get; } =
    [
        new PartnerFileSink<SireneUniteLegale>("sirene_ul", "sirene_ul.csv", (w, _) => new SireneUniteLegaleWriter(w).Write),
        new PartnerFileSink<SireneEtablissement>("sirene", "sirene.csv", (w, _) => new SireneEtablissementWriter(w).Write),
        new PartnerFileSink<Cotisation>("cotisation", "urssaf_cotisation.csv", (w, _) => new CotisationWriter(w).Write),
        new PartnerFileSink<Debit>("debit", "urssaf_debit.csv", (w, _) => new DebitWriter(w).Write),
        new PartnerFileSink<Delai>("delai", "urssaf_delai.csv", (w, _) => new DelaiWriter(w).Write),
        new PartnerFileSink<Ccsf>("ccsf", "urssaf_ccsf.csv", (w, _) => new CcsfWriter(w).Write),
        new PartnerFileSink<ProcedureCollective>("procol", "urssaf_procol.csv", (w, _) => new ProcolWriter(w).Write),
        new PartnerFileSink<EffectifEtablissement>("effectif", "urssaf_effectif.csv", (w, c) => new EffectifWriter(w, c.EffectifMonths).Write),
        new PartnerFileSink<EffectifEntreprise>("effectif_ent", "urssaf_effectif_ent.csv", (w, c) => new EffectifEntrepriseWriter(w, c.EffectifMonths).Write),
        new PartnerFileSink<ApDemande>("apdemande", "dgefp_apdemande.csv", (w, _) => new ApDemandeWriter(w).Write),
        new PartnerFileSink<ApConsommation>("apconso", "dgefp_apconso.csv", (w, _) => new ApConsommationWriter(w).Write),
        new PartnerFileSink<EtatsFinanciers>("etats_financiers", "etats_financiers.csv", (w, _) => new EtatsFinanciersWriter(w).Write),
        new PartnerFileSink<PaiementsFournisseurs>("paiements_fournisseurs", "paiements_fournisseurs.csv", (w, _) => new PaiementsFournisseursWriter(w).Write),
    ];
}
