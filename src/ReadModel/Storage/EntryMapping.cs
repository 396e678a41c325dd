using System.Collections.Immutable;
using SignauxFaibles.Domain.Reference;

namespace SignauxFaibles.ReadModel.Storage;

/// <summary>Between stored entries, the rows of the query contract and the projection's updates.</summary>
internal static class EntryMapping
{
    public static DetectionRow ToRow(ListEntryRecord e) => new()
    {
        ListDate = e.ListDate,
        Siren = e.Siren,
        RaisonSociale = e.RaisonSociale,
        Departement = e.Departement,
        Departements = e.Departements.Length == 0 ? [] : [.. e.Departements.Split(';')],
        Naf = e.Naf,
        Level = LevelCodes.Parse(e.Level),
        Score = e.Score,
        ModelVersion = e.ModelVersion,
        PremiereAlerte = e.PremiereAlerte,
        Procedure = e.Procedure,
        ProcedureDate = e.ProcedureDate,
        DetteUrssafEnHausse = e.DetteUrssafEnHausse,
        ActivitePartielleRecente = e.ActivitePartielleRecente,
        DelaiUrssafEnCours = e.DelaiUrssafEnCours,
        Effectif = e.Effectif,
        ChiffreAffaires = e.ChiffreAffaires,
        ChiffreAffairesVariation = e.ChiffreAffairesVariation,
        ResultatExploitation = e.ResultatExploitation,
        ExcedentBrutExploitation = e.ExcedentBrutExploitation,
        DateCreation = e.DateCreation,
        AsOf = e.AsOf,
        Explanation = ExplanationJson.Read(e.Explanation),
    };

    /// <summary>Overwrites <paramref name="e"/> with the update's state (key and zones excepted).</summary>
    public static void Assign(ListEntryRecord e, FirmRowUpdate u)
    {
        var division = NafNomenclature.DivisionOf(u.Naf);
        e.Sequence = u.Sequence;
        e.AsOf = u.AsOf;
        e.Level = LevelCodes.Of(u.Level);
        e.Score = u.Score;
        e.SortScore = u.Score ?? -1;
        e.ModelVersion = u.ModelVersion;
        e.RaisonSociale = u.RaisonSociale;
        e.SearchText = SearchText.Fold(u.RaisonSociale);
        e.Departement = u.Departement;
        e.Departements = string.Join(';', ZoneOf(u));
        e.Naf = u.Naf;
        e.NafSection = NafNomenclature.SectionOf(u.Naf)?.ToString();
        e.NafDivision = division?.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
        e.Procedure = u.Procedure;
        e.ProcedureDate = u.ProcedureDate;
        e.DetteUrssafEnHausse = u.DetteUrssafEnHausse;
        e.ActivitePartielleRecente = u.ActivitePartielleRecente;
        e.DelaiUrssafEnCours = u.DelaiUrssafEnCours;
        e.Effectif = u.Effectif;
        e.ChiffreAffaires = u.ChiffreAffaires;
        e.ChiffreAffairesVariation = u.ChiffreAffairesVariation;
        e.ResultatExploitation = u.ResultatExploitation;
        e.ExcedentBrutExploitation = u.ExcedentBrutExploitation;
        e.DateCreation = u.DateCreation;
        e.Explanation = ExplanationJson.Write(u.Explanation);
    }

    /// <summary>A frozen copy of <paramref name="live"/> as the firm's entry on the list of <paramref name="listDate"/>.</summary>
    public static ListEntryRecord CopyTo(ListEntryRecord live, DateOnly listDate, bool premiereAlerte)
    {
        var copy = live.Clone();
        copy.ListDate = listDate;
        copy.PremiereAlerte = premiereAlerte;
        copy.Zones = [.. ZonesOf(listDate, live.Siren, live.Departements)];
        return copy;
    }

    public static IEnumerable<ListEntryZone> ZonesOf(DateOnly listDate, string siren, string departements) =>
        departements.Length == 0
            ? []
            : departements.Split(';').Select(d => new ListEntryZone { ListDate = listDate, Siren = siren, Departement = d });

    /// <summary>The firm's zone: its establishments' départements plus the siège's, distinct, sorted.</summary>
    public static ImmutableArray<string> ZoneOf(FirmRowUpdate u)
    {
        var set = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var d in u.Departements)
        {
            if (!string.IsNullOrEmpty(d))
            {
                set.Add(d);
            }
        }

        if (!string.IsNullOrEmpty(u.Departement))
        {
            set.Add(u.Departement);
        }

        return [.. set];
    }
}
