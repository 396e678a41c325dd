using System.Text.Json;

namespace SignauxFaibles.Simulator;

/// <summary>
/// What a run produced and the rates it measured, written to <c>summary.json</c>. Deterministic (no
/// timings), so it is part of the byte-identical outputs of a seed.
/// </summary>
public sealed record RunSummary
{
    public required SimulationOptions Options { get; init; }

    public required int InPerimeterFirms { get; init; }

    public required long Establishments { get; init; }

    public required IReadOnlyDictionary<string, long> EventsBySchema { get; init; }

    public required long EventLines { get; init; }

    public required IReadOnlyDictionary<string, long> PartnerRowsByFormat { get; init; }

    public required IReadOnlyDictionary<string, long> EventsWithoutPartnerWriter { get; init; }

    public required long MalformedRows { get; init; }

    public required double OracleAuc { get; init; }

    public required long OraclePositives { get; init; }

    public required long OracleNegatives { get; init; }

    /// <summary>First judgments per in-perimeter firm-year at risk.</summary>
    public required double AnnualProcedureRate { get; init; }

    public required long FirstJudgments { get; init; }

    public required IReadOnlyDictionary<string, long> ProcedureOutcomes { get; init; }

    /// <summary>Mean share of in-bonis in-perimeter firms with URSSAF debt at a month end.</summary>
    public required double ShareWithDebt { get; init; }

    /// <summary>Share of in-perimeter firm-years with some activité partielle consumed.</summary>
    public required double ShareFirmYearsWithActivitePartielle { get; init; }

    /// <summary>Mean share of in-bonis in-perimeter firms consuming activité partielle in a month.</summary>
    public required double ShareMonthsWithActivitePartielle { get; init; }

    /// <summary>Share of in-perimeter firms in bonis for 24+ months of the run with no statement delivered.</summary>
    public required double ShareWithoutFinancials { get; init; }

    public required long Corrections { get; init; }

    public required long Duplicates { get; init; }

    public required IReadOnlyList<MonthlyRates> Monthly { get; init; }

    public void WriteJson(Stream output)
    {
        using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteStartObject("options");
        w.WriteNumber("seed", Options.Seed);
        w.WriteNumber("firms", Options.Firms);
        w.WriteNumber("months", Options.Months);
        w.WriteString("start", Options.Start.ToString());
        w.WriteString("crisis", Options.Crisis?.ToString());
        w.WriteNumber("malformedRate", Options.MalformedRate);
        w.WriteBoolean("partnerFiles", Options.PartnerFiles);
        w.WriteNumber("burnInMonths", Options.BurnInMonths);
        w.WriteEndObject();

        w.WriteStartObject("population");
        w.WriteNumber("firms", Options.Firms);
        w.WriteNumber("inPerimeter", InPerimeterFirms);
        w.WriteNumber("establishments", Establishments);
        w.WriteEndObject();

        w.WriteStartObject("oracle");
        w.WriteString("target", "first judgment within 18 months (t+1..t+18), in-perimeter in-bonis firm-months, censored months excluded");
        // A run shorter than the 18-month horizon (or without any positive) has no AUC: null, not NaN,
        // which JSON cannot carry.
        if (double.IsFinite(OracleAuc))
        {
            w.WriteNumber("auc", Math.Round(OracleAuc, 6));
        }
        else
        {
            w.WriteNull("auc");
        }

        w.WriteNumber("positives", OraclePositives);
        w.WriteNumber("negatives", OracleNegatives);
        w.WriteEndObject();

        w.WriteStartObject("rates");
        w.WriteNumber("annualProcedureRate", Math.Round(AnnualProcedureRate, 6));
        w.WriteNumber("firstJudgments", FirstJudgments);
        w.WriteNumber("shareWithUrssafDebt", Math.Round(ShareWithDebt, 6));
        w.WriteNumber("shareFirmYearsWithActivitePartielle", Math.Round(ShareFirmYearsWithActivitePartielle, 6));
        w.WriteNumber("shareMonthsWithActivitePartielle", Math.Round(ShareMonthsWithActivitePartielle, 6));
        w.WriteNumber("shareWithoutFinancials", Math.Round(ShareWithoutFinancials, 6));
        w.WriteNumber("corrections", Corrections);
        w.WriteNumber("duplicates", Duplicates);
        Map(w, "procedureOutcomes", ProcedureOutcomes);
        w.WriteEndObject();

        w.WriteStartObject("outputs");
        w.WriteNumber("eventLines", EventLines);
        Map(w, "eventsBySchema", EventsBySchema);
        Map(w, "partnerRowsByFormat", PartnerRowsByFormat);
        Map(w, "eventsWithoutPartnerWriter", EventsWithoutPartnerWriter);
        w.WriteNumber("malformedRows", MalformedRows);
        w.WriteEndObject();

        w.WriteStartArray("monthly");
        foreach (var m in Monthly)
        {
            w.WriteStartObject();
            w.WriteString("month", m.Month.ToString());
            w.WriteNumber("inBonis", m.InBonis);
            w.WriteNumber("firstJudgments", m.FirstJudgments);
            w.WriteNumber("shareWithDebt", Math.Round(m.ShareWithDebt, 5));
            w.WriteNumber("shareWithActivitePartielle", Math.Round(m.ShareWithActivitePartielle, 5));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Map(Utf8JsonWriter w, string name, IReadOnlyDictionary<string, long> map)
    {
        w.WriteStartObject(name);
        foreach (var (k, v) in map.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            w.WriteNumber(k, v);
        }

        w.WriteEndObject();
    }
}

/// <summary>One month of the run, for the crisis and calibration charts.</summary>
public sealed record MonthlyRates(Domain.Time.Month Month, long InBonis, long FirstJudgments, double ShareWithDebt, double ShareWithActivitePartielle);
