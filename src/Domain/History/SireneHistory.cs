using System.Globalization;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Reference;
using SignauxFaibles.Domain.Rules;

namespace SignauxFaibles.Domain.History;

/// <summary>
/// The Sirene source of a firm: the unité légale (one fact, last writer wins) and its établissements,
/// and the identity derived from them (siège, APE, creation date, NAF, département, région).
/// Sirene facts refer to no month: retention keeps them all.
/// </summary>
internal sealed class SireneHistory
{
    private readonly FactTable<SireneEtablissementFact> _etablissements = new();
    private SireneUniteLegaleFact? _uniteLegale;

    public SireneUniteLegaleFact? UniteLegale => _uniteLegale;

    public ReadOnlySpan<SireneEtablissementFact> Etablissements => _etablissements.Items;

    /// <summary>Identity: unité légale first, then the siège établissement.</summary>
    public FirmIdentity Identity(string siren)
    {
        var siege = Siege(siren);
        var ape = Ape(siren);
        var division = NafNomenclature.DivisionOf(ape);
        var section = NafNomenclature.SectionOf(ape);
        var departement = siege?.Departement;
        return new FirmIdentity
        {
            Siren = siren,
            RaisonSociale = string.IsNullOrEmpty(_uniteLegale?.RaisonSociale) ? null : _uniteLegale.Value.RaisonSociale,
            Ape = ape,
            NafSection = section?.ToString(),
            NafDivision = division?.ToString("D2", CultureInfo.InvariantCulture),
            Departement = departement,
            Region = Departements.RegionOf(departement),
            DateCreation = DateCreation(siren),
            CategorieJuridique = _uniteLegale?.CategorieJuridique,
            SiegeSiret = siege?.Siret ?? (_uniteLegale?.NicSiege is { Length: > 0 } nic ? siren + nic : null),
            SiegeEtranger = SiegeEtranger(siren),
            EstActif = _uniteLegale?.EstActif,
        };
    }

    /// <summary>The siège établissement: the one the unité légale names, else the first flagged siège.</summary>
    public SireneEtablissementFact? Siege(string siren)
    {
        if (_uniteLegale?.NicSiege is { Length: > 0 } nic)
        {
            foreach (ref readonly var e in _etablissements.Items)
            {
                if (e.Siret.Length == siren.Length + nic.Length && e.Siret.AsSpan(siren.Length).SequenceEqual(nic))
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

    public string? Ape(string siren) => _uniteLegale?.Ape is { Length: > 0 } ape ? ape : Siege(siren)?.Ape;

    public DateOnly? DateCreation(string siren) => _uniteLegale?.DateCreation ?? Siege(siren)?.DateCreation;

    public bool SiegeEtranger(string siren) => Siege(siren) is { CodePaysEtranger: { Length: > 0 } };

    public bool Apply(SireneUniteLegale ul)
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

    public bool Apply(SireneEtablissement e, StringPool strings) => _etablissements.Upsert(new SireneEtablissementFact
    {
        Siret = strings.Intern(e.Siret),
        Siege = e.Siege,
        Ape = e.Ape,
        DateCreation = e.DateCreation,
        EstActif = e.EstActif,
        Departement = e.Departement,
        CodePaysEtranger = e.CodePaysEtranger,
        DeliveredOn = e.DeliveredOn,
        DeliverySequence = e.DeliverySequence,
    });

    public void Load(FirmHistoryState state, StringPool strings)
    {
        if (state.UniteLegale is { } ul)
        {
            _uniteLegale = ul;
        }

        foreach (var f in state.Etablissements.AsSpan())
        {
            _etablissements.Upsert(f with { Siret = strings.Intern(f.Siret) });
        }
    }

    public void InternStrings(StringPool strings)
    {
        foreach (ref readonly var f in _etablissements.Items)
        {
            strings.Intern(f.Siret);
        }
    }
}
