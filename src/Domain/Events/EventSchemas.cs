using System.Collections.Frozen;

namespace SignauxFaibles.Domain.Events;

/// <summary>
/// The registry of event schemas: one entry per concrete event type. The names are stable wire
/// identifiers (also the suffix of the Kafka topic of the source); a breaking change to a type gets a new
/// version, and readers keep accepting the versions they list here.
/// </summary>
public static class EventSchemas
{
    public static readonly EventSchema SireneUniteLegale = new("sirene.unite_legale", 1, typeof(SireneUniteLegale), "INSEE Sirene unité légale");
    public static readonly EventSchema SireneEtablissement = new("sirene.etablissement", 1, typeof(SireneEtablissement), "INSEE Sirene établissement");
    public static readonly EventSchema SireneEtablissementPeriode = new("sirene.etablissement_periode", 1, typeof(SireneEtablissementPeriode), "INSEE Sirene établissement history period");
    public static readonly EventSchema Cotisation = new("urssaf.cotisation", 1, typeof(Cotisation), "URSSAF cotisation due for a period");
    public static readonly EventSchema Debit = new("urssaf.debit", 1, typeof(Debit), "URSSAF operation on an écart négatif");
    public static readonly EventSchema Delai = new("urssaf.delai", 1, typeof(Delai), "URSSAF payment plan");
    public static readonly EventSchema Ccsf = new("urssaf.ccsf", 1, typeof(Ccsf), "URSSAF CCSF plan event");
    public static readonly EventSchema EffectifEtablissement = new("urssaf.effectif", 1, typeof(EffectifEtablissement), "URSSAF establishment headcount");
    public static readonly EventSchema EffectifEntreprise = new("urssaf.effectif_ent", 1, typeof(EffectifEntreprise), "URSSAF firm headcount");
    public static readonly EventSchema ProcedureCollective = new("urssaf.procol", 1, typeof(ProcedureCollective), "URSSAF procédure collective judgment");
    public static readonly EventSchema ApDemande = new("dgefp.ap_demande", 1, typeof(ApDemande), "DGEFP activité partielle request");
    public static readonly EventSchema ApConsommation = new("dgefp.ap_conso", 1, typeof(ApConsommation), "DGEFP activité partielle consumption");
    public static readonly EventSchema EtatsFinanciers = new("fin.etats_financiers", 1, typeof(EtatsFinanciers), "Yearly financial statement");
    public static readonly EventSchema PaiementsFournisseurs = new("fin.paiements_fournisseurs", 1, typeof(PaiementsFournisseurs), "Monthly supplier payment behaviour");

    public static IReadOnlyList<EventSchema> All { get; } =
    [
        SireneUniteLegale, SireneEtablissement, SireneEtablissementPeriode,
        Cotisation, Debit, Delai, Ccsf, EffectifEtablissement, EffectifEntreprise, ProcedureCollective,
        ApDemande, ApConsommation, EtatsFinanciers, PaiementsFournisseurs,
    ];

    private static readonly FrozenDictionary<Type, EventSchema> ByType = All.ToFrozenDictionary(s => s.ClrType);
    private static readonly FrozenDictionary<string, EventSchema> ByName = All.ToFrozenDictionary(s => s.Name, StringComparer.Ordinal);

    public static EventSchema Of(FirmEvent e) => Of(e.GetType());

    public static EventSchema Of(Type type) =>
        ByType.TryGetValue(type, out var s) ? s : throw new ArgumentException($"{type.Name} is not a registered event type", nameof(type));

    public static bool TryGet(string name, out EventSchema schema) => ByName.TryGetValue(name, out schema!);
}
