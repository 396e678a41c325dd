using SignauxFaibles.Domain.Events;

namespace SignauxFaibles.Domain.Validation;

/// <summary>
/// The rules of a supplier payment record (docs/formats/paiements-fournisseurs.md): a month within the
/// accepted dates, counts and amounts not negative and within range, shares within 0-1 with FPI90 part of
/// FPI30 and the late amounts part of the invoices, a delay within ±3,650 days.
/// </summary>
internal static class PaiementsFournisseursValidation
{
    /// <summary>Largest delay accepted, days (ten years, either way).</summary>
    public const decimal MaxDelayDays = 3650;

    public static void Check(List<Reject> rejects, ValidationOptions options, PaiementsFournisseurs p)
    {
        if (p.Mois.Year < options.MinDate.Year || p.Mois.Year > options.MaxDate.Year)
        {
            rejects.Add(new Reject(RejectCode.InvalidPeriod, "mois", $"{p.Mois} is outside {options.MinDate:yyyy}-{options.MaxDate:yyyy}"));
        }

        if (p.NombreFactures < 0)
        {
            rejects.Add(new Reject(RejectCode.InvalidRange, "nombreFactures", $"negative count {p.NombreFactures}"));
        }

        Amount(rejects, options, p.MontantFactures, "montantFactures");
        Amount(rejects, options, p.MontantRetard30, "montantRetard30");
        Amount(rejects, options, p.MontantRetard90, "montantRetard90");
        if (Math.Abs(p.RetardMoyenJours) > MaxDelayDays)
        {
            rejects.Add(new Reject(RejectCode.InvalidRange, "retardMoyenJours", $"{p.RetardMoyenJours} days is beyond ±{MaxDelayDays}"));
        }

        Share(rejects, p.Fpi30, "fpi30");
        Share(rejects, p.Fpi90, "fpi90");
        if (p.Fpi90 > p.Fpi30)
        {
            rejects.Add(new Reject(RejectCode.InvalidRange, "fpi90", $"FPI90 {p.Fpi90} is above FPI30 {p.Fpi30}"));
        }

        if (p.MontantRetard90 > p.MontantRetard30)
        {
            rejects.Add(new Reject(RejectCode.InvalidRange, "montantRetard90", $"{p.MontantRetard90} EUR late by 90 days is above the {p.MontantRetard30} EUR late by 30"));
        }

        if (p.MontantRetard30 > p.MontantFactures)
        {
            rejects.Add(new Reject(RejectCode.InvalidRange, "montantRetard30", $"{p.MontantRetard30} EUR late is above the {p.MontantFactures} EUR of invoices"));
        }
    }

    private static void Amount(List<Reject> rejects, ValidationOptions options, decimal value, string field)
    {
        if (value < 0 || value > options.MaxAbsoluteAmount)
        {
            rejects.Add(new Reject(RejectCode.AmountOutOfRange, field, $"{value} EUR is outside 0..{options.MaxAbsoluteAmount}"));
        }
    }

    private static void Share(List<Reject> rejects, decimal value, string field)
    {
        if (value is < 0 or > 1)
        {
            rejects.Add(new Reject(RejectCode.InvalidRange, field, $"share {value} is outside 0-1"));
        }
    }
}
