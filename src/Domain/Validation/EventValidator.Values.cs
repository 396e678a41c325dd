using SignauxFaibles.Domain.Events;

namespace SignauxFaibles.Domain.Validation;

/// <summary>The value rules of <see cref="EventValidator"/>: signs and ranges of amounts, hours and headcounts.</summary>
public static partial class EventValidator
{
    /// <summary>An amount that is a stock or a total (remaining debt, plan total, AP amount): never below zero.</summary>
    private static void NonNegativeAmount(List<Reject> rejects, ValidationOptions options, decimal value, string field)
    {
        if (value < 0)
        {
            rejects.Add(new Reject(RejectCode.NegativeValue, field, $"{value} EUR: this amount cannot be negative"));
        }
        else
        {
            Amount(rejects, options, value, field);
        }
    }

    private static void NonNegative(List<Reject> rejects, int value, string field)
    {
        if (value < 0)
        {
            rejects.Add(new Reject(RejectCode.NegativeValue, field, $"{value}: this number cannot be negative"));
        }
    }

    private static void Hours(List<Reject> rejects, ValidationOptions options, double value, string field)
    {
        if (!double.IsFinite(value) || value < 0 || value > options.MaxHours)
        {
            rejects.Add(new Reject(RejectCode.HoursOutOfRange, field, $"{value} hours is outside 0-{options.MaxHours}"));
        }
    }

    private static void Headcount(List<Reject> rejects, ValidationOptions options, int? value, string field)
    {
        if (value is { } v && (v < 0 || v > options.MaxHeadcount))
        {
            rejects.Add(new Reject(RejectCode.HeadcountOutOfRange, field, $"{v} is outside 0-{options.MaxHeadcount}"));
        }
    }

    private static void Headcounts(List<Reject> rejects, ValidationOptions options, System.Collections.Immutable.ImmutableArray<MonthlyHeadcount> months)
    {
        if (months.IsDefault)
        {
            rejects.Add(new Reject(RejectCode.MissingField, "months", "months is missing"));
            return;
        }

        var previous = int.MinValue;
        foreach (var m in months)
        {
            if (m.Effectif < 0 || m.Effectif > options.MaxHeadcount)
            {
                // Field name built only on failure: formatting it for every month dominated wide-file reading.
                Headcount(rejects, options, m.Effectif, $"months[{m.Month}]");
            }

            if (m.Month.Index <= previous)
            {
                rejects.Add(new Reject(RejectCode.InvalidRange, "months", $"month {m.Month} is out of order or repeated"));
            }

            previous = m.Month.Index;
        }
    }
}
