using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Identifiers;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Domain.Validation;

/// <summary>
/// Validates any event: identifiers, dates and periods, closed code lists, amounts, headcounts and hours.
/// Never throws; returns every reason found (empty when the event is acceptable). The parsers and the
/// Kafka ingest both call it, so a rule is enforced identically whatever the entry point.
/// </summary>
public static partial class EventValidator
{
    private static readonly HashSet<string> CcsfStades = new(StringComparer.Ordinal) { "DEBUT", "REFUS", "APPROB", "FIN", "REJ" };

    public static IReadOnlyList<Reject> Validate(FirmEvent e, ValidationOptions? options = null) =>
        Validate(e, options ?? ValidationOptions.Strict, out _);

    public static IReadOnlyList<Reject> Validate(FirmEvent e, ValidationOptions options, out IdentifierNotes flags)
    {
        var rejects = new List<Reject>(0);
        flags = IdentifierNotes.None;

        var sirenReject = options.VerifyCheckDigits
            ? Siren.Validate(e.Siren, "siren", out flags)
            : ShapeOnlySiren(e.Siren);
        Add(rejects, sirenReject);
        Date(rejects, options, e.DeliveredOn, "deliveredOn");

        switch (e)
        {
            case EstablishmentEvent est:
                flags |= CheckSiret(rejects, options, est.Siret, e.Siren);
                break;
            case ProcedureCollective { Siret: { Length: > 0 } siret }:
                flags |= CheckSiret(rejects, options, siret, e.Siren);
                break;
        }

        switch (e)
        {
            case Cotisation c:
                Range(rejects, c.PeriodeDebut, c.PeriodeFin, "periodeFin");
                Amount(rejects, options, c.Du, "du");
                Amount(rejects, options, c.Encaisse, "encaisse");
                break;
            case Debit d:
                Range(rejects, d.PeriodeDebut, d.PeriodeFin, "periodeFin");
                Date(rejects, options, d.DateTraitement, "dateTraitement");
                NonNegativeAmount(rejects, options, d.PartOuvriere, "partOuvriere");
                NonNegativeAmount(rejects, options, d.PartPatronale, "partPatronale");
                NonNegative(rejects, d.NumeroHistorique, "numeroHistorique");
                NonNegative(rejects, d.EtatCompte, "etatCompte");
                Required(rejects, d.NumeroEcartNegatif, "numeroEcartNegatif");
                break;
            case Delai d:
                Date(rejects, options, d.DateCreation, "dateCreation");
                Date(rejects, options, d.DateEcheance, "dateEcheance");
                NonNegativeAmount(rejects, options, d.MontantEcheancier, "montantEcheancier");
                if (d.DureeDelai < 0)
                {
                    rejects.Add(new Reject(RejectCode.InvalidRange, "dureeDelai", $"negative duration {d.DureeDelai}"));
                }

                break;
            case Ccsf c:
                Date(rejects, options, c.DateTraitement, "dateTraitement");
                if (!CcsfStades.Contains(c.Stade))
                {
                    rejects.Add(new Reject(RejectCode.UnknownCode, "stade", $"'{c.Stade}' is not one of DEBUT, REFUS, APPROB, FIN, REJ"));
                }

                break;
            case EffectifEtablissement ee:
                Headcounts(rejects, options, ee.Months);
                break;
            case EffectifEntreprise ee:
                Headcounts(rejects, options, ee.Months);
                break;
            case ProcedureCollective p:
                Date(rejects, options, p.DateEffet, "dateEffet");
                if (!Enum.IsDefined(p.Action))
                {
                    rejects.Add(new Reject(RejectCode.UnknownCode, "action", $"unknown action {p.Action}"));
                }

                if (!Enum.IsDefined(p.Stade))
                {
                    rejects.Add(new Reject(RejectCode.UnknownCode, "stade", $"unknown stage {p.Stade}"));
                }

                break;
            case ApDemande a:
                Date(rejects, options, a.PeriodeDebut, "periodeDebut");
                Date(rejects, options, a.PeriodeFin, "periodeFin");
                if (a.PeriodeFin < a.PeriodeDebut)
                {
                    rejects.Add(new Reject(RejectCode.InvalidRange, "periodeFin", $"{a.PeriodeFin} is before {a.PeriodeDebut}"));
                }

                Hours(rejects, options, a.HeuresAutorisees, "heuresAutorisees");
                Hours(rejects, options, a.HeuresConsommees ?? 0, "heuresConsommees");
                NonNegativeAmount(rejects, options, a.MontantAutorise, "montantAutorise");
                NonNegativeAmount(rejects, options, a.MontantConsomme ?? 0, "montantConsomme");
                Headcount(rejects, options, a.Effectif, "effectif");
                Headcount(rejects, options, a.EffectifEntreprise, "effectifEntreprise");
                Headcount(rejects, options, a.EffectifAutorise, "effectifAutorise");
                Headcount(rejects, options, a.EffectifConsomme, "effectifConsomme");
                if (a.MotifRecours is { } motif && motif is < 1 or > 5)
                {
                    rejects.Add(new Reject(RejectCode.UnknownCode, "motifRecours", $"motive {motif} is not 1-5"));
                }

                if (a.Perimetre is { } perimetre && perimetre is < 1 or > 4)
                {
                    rejects.Add(new Reject(RejectCode.UnknownCode, "perimetre", $"perimeter {perimetre} is not 1-4"));
                }

                break;
            case ApConsommation a:
                Hours(rejects, options, a.HeuresConsommees, "heuresConsommees");
                NonNegativeAmount(rejects, options, a.Montant, "montant");
                Headcount(rejects, options, a.Effectif, "effectif");
                Required(rejects, a.IdDemande, "idDemande");
                break;
            case EtatsFinanciers f:
                Date(rejects, options, f.DateCloture, "dateCloture");
                if (f.DureeExerciceMois is < 1 or > 36)
                {
                    rejects.Add(new Reject(RejectCode.InvalidRange, "dureeExerciceMois", $"fiscal year of {f.DureeExerciceMois} months"));
                }

                foreach (var (name, value) in FinancialFigures(f))
                {
                    Amount(rejects, options, value ?? 0, name);
                }

                Headcount(rejects, options, f.Effectif, "effectif");
                break;
            case PaiementsFournisseurs p:
                PaiementsFournisseursValidation.Check(rejects, options, p);
                break;
            case SireneUniteLegale:
            case SireneEtablissement:
            case SireneEtablissementPeriode:
                break;
        }

        return rejects;
    }

    private static IEnumerable<(string Name, decimal? Value)> FinancialFigures(EtatsFinanciers f)
    {
        yield return ("chiffreAffaires", f.ChiffreAffaires);
        yield return ("excedentBrutExploitation", f.ExcedentBrutExploitation);
        yield return ("resultatExploitation", f.ResultatExploitation);
        yield return ("valeurAjoutee", f.ValeurAjoutee);
        yield return ("chargesPersonnel", f.ChargesPersonnel);
        yield return ("capitauxPropres", f.CapitauxPropres);
        yield return ("dettes", f.Dettes);
        yield return ("besoinFondsRoulement", f.BesoinFondsRoulement);
        yield return ("tresorerie", f.Tresorerie);
        yield return ("fraisFinanciers", f.FraisFinanciers);
        yield return ("capaciteAutofinancement", f.CapaciteAutofinancement);
        yield return ("dettesFinancieres", f.DettesFinancieres);
        yield return ("dettesFournisseurs", f.DettesFournisseurs);
        yield return ("creancesClients", f.CreancesClients);
        yield return ("achats", f.Achats);
        yield return ("actifCirculant", f.ActifCirculant);
        yield return ("dettesCourtTerme", f.DettesCourtTerme);
        yield return ("totalBilan", f.TotalBilan);
        yield return ("fondsRoulementNetGlobal", f.FondsRoulementNetGlobal);
        yield return ("resultatNet", f.ResultatNet);
        yield return ("stocks", f.Stocks);
        yield return ("disponibilites", f.Disponibilites);
        yield return ("investissements", f.Investissements);
        yield return ("capitalSocial", f.CapitalSocial);
    }

    private static Reject? ShapeOnlySiren(string? siren) =>
        string.IsNullOrEmpty(siren) ? new Reject(RejectCode.MissingField, "siren", "SIREN is empty")
        : siren.Length != 9 || !siren.All(char.IsAsciiDigit) ? new Reject(RejectCode.InvalidSirenFormat, "siren", $"'{siren}' is not 9 digits")
        : null;

    private static IdentifierNotes CheckSiret(List<Reject> rejects, ValidationOptions options, string siret, string siren)
    {
        var flags = IdentifierNotes.None;
        Reject? r;
        if (options.VerifyCheckDigits)
        {
            r = Siret.Validate(siret, "siret", out flags);
        }
        else
        {
            r = string.IsNullOrEmpty(siret) ? new Reject(RejectCode.MissingField, "siret", "SIRET is empty")
                : siret.Length != 14 || !siret.All(char.IsAsciiLetterOrDigit) ? new Reject(RejectCode.InvalidSiretFormat, "siret", $"'{siret}' is not 14 digits or letters")
                : null;
        }

        Add(rejects, r);
        if (r is null && !siret.StartsWith(siren, StringComparison.Ordinal))
        {
            rejects.Add(new Reject(RejectCode.SirenSiretMismatch, "siren", $"SIREN '{siren}' is not the first 9 characters of SIRET '{siret}'"));
        }

        return flags;
    }

    private static void Add(List<Reject> rejects, Reject? r)
    {
        if (r is not null)
        {
            rejects.Add(r);
        }
    }

    private static void Required(List<Reject> rejects, string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            rejects.Add(new Reject(RejectCode.MissingField, field, $"{field} is empty"));
        }
    }

    private static void Date(List<Reject> rejects, ValidationOptions options, DateOnly date, string field)
    {
        if (date < options.MinDate || date > options.MaxDate)
        {
            rejects.Add(new Reject(RejectCode.InvalidDate, field, $"{date:yyyy-MM-dd} is outside {options.MinDate:yyyy}-{options.MaxDate:yyyy}"));
        }
    }

    private static void Range(List<Reject> rejects, Month start, Month endExclusive, string field)
    {
        if (endExclusive <= start)
        {
            rejects.Add(new Reject(RejectCode.InvalidRange, field, $"period end {endExclusive} is not after its start {start}"));
        }
        else if (start.Year < 1900 || endExclusive.Year > 2101)
        {
            rejects.Add(new Reject(RejectCode.InvalidPeriod, field, $"period {start}..{endExclusive} is outside 1900-2100"));
        }
    }

    private static void Amount(List<Reject> rejects, ValidationOptions options, decimal value, string field)
    {
        if (Math.Abs(value) > options.MaxAbsoluteAmount)
        {
            rejects.Add(new Reject(RejectCode.AmountOutOfRange, field, $"{value} EUR is beyond ±{options.MaxAbsoluteAmount}"));
        }
    }
}
