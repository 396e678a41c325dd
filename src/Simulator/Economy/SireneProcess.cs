using SignauxFaibles.Domain.Events;
using SignauxFaibles.Simulator.Population;

namespace SignauxFaibles.Simulator.Economy;

/// <summary>
/// Sirene: the whole stock of unités légales and établissements on the first day of the run, a creation
/// in the month a new firm appears, and closures (état administratif C) the month after a liquidation or
/// a cessation.
/// </summary>
internal static class SireneProcess
{
    public static void EmitStock(FirmState firm, DateOnly deliveredOn, List<FirmEvent> events, bool active = true)
    {
        var p = firm.Profile;
        events.Add(UniteLegale(p, deliveredOn, active));
        foreach (var e in p.Establishments)
        {
            events.Add(Etablissement(p, e, deliveredOn, active));
        }
    }

    public static void ScheduleClosure(FirmState firm, StepContext context)
    {
        var next = context.Month.Next;
        if (next >= context.RunEnd)
        {
            return;
        }

        var deliveredOn = context.Calendar.Sirene(next);
        EmitStock(firm, deliveredOn, firm.Pending, active: false);
    }

    private static SireneUniteLegale UniteLegale(FirmProfile p, DateOnly deliveredOn, bool active) => new()
    {
        Siren = p.Siren,
        DeliveredOn = deliveredOn,
        RaisonSociale = p.RaisonSociale,
        NomUniteLegale = p.NomUniteLegale,
        PrenomUniteLegale = p.PrenomUniteLegale,
        CategorieJuridique = p.CategorieJuridique,
        Ape = p.Naf.Ape,
        DateCreation = p.DateCreation,
        EstActif = active,
        NicSiege = p.Siege.Nic,
        Sigle = p.Sigle,
    };

    private static SireneEtablissement Etablissement(FirmProfile p, EstablishmentProfile e, DateOnly deliveredOn, bool active) => new()
    {
        Siren = p.Siren,
        Siret = e.Siret,
        DeliveredOn = deliveredOn,
        Siege = e.Siege,
        Ape = p.Naf.Ape,
        DateCreation = e.DateCreation,
        EstActif = active,
        Departement = e.Departement.Code,
        CodeCommune = e.CodeCommune,
        CodePostal = e.CodePostal,
        Commune = e.Commune,
    };
}
