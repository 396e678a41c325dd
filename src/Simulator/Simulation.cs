using SignauxFaibles.Domain.Events;
using SignauxFaibles.Simulator.Delivery;
using SignauxFaibles.Simulator.Economy;
using SignauxFaibles.Simulator.Output;
using SignauxFaibles.Simulator.Population;
using SignauxFaibles.Simulator.Truth;

namespace SignauxFaibles.Simulator;

/// <summary>
/// Runs the synthetic economy month by month. Firms are stepped in parallel in fixed chunks, each with its
/// own random stream, while the previous window of chunks is written out in firm order; so outputs are
/// byte-identical for a seed whatever the number of threads, and memory holds one window of events, not
/// the run.
/// </summary>
public static class Simulation
{
    private const int ChunkSize = 512;

    public static RunSummary Run(SimulationOptions options, IProgress<SimulationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (options.Validate() is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }

        var c = options.Calibration;
        var outDir = options.OutputDirectory;
        Directory.CreateDirectory(outDir);
        var reference = ReferenceTables.Default;
        var regions = PopulationGenerator.RegionCodes(reference);
        var first = options.Start.AddMonths(-options.BurnInMonths);
        var macro = new MacroEnvironment(options.Seed, first, options.BurnInMonths + options.Months, regions.Count, c, options.Crisis);
        var calendar = new DeliveryCalendar(options.Seed);
        var generator = new PopulationGenerator(options.Seed, options.Start, options.Months, c, reference);

        var profiles = new FirmProfile[options.Firms];
        Parallel.For(0, profiles.Length, Workers(options, cancellationToken), i => profiles[i] = generator.Generate(i));
        var firstContext = Context(options, first, macro, calendar);
        var firms = new FirmState[profiles.Length];
        Parallel.For(0, firms.Length, Workers(options, cancellationToken), i => firms[i] = FirmStepper.Create(profiles[i], options.Seed, firstContext));

        using var truth = new GroundTruthWriter(outDir, options.WriteHazards);
        foreach (var p in profiles)
        {
            truth.WriteFirm(p);
        }

        using var json = new JsonLinesEventSink(Path.Combine(outDir, "events.jsonl"));
        using var partners = options.PartnerFiles
            ? new PartnerFileRouter(outDir, options.PartnerSinks ?? PartnerFileSinks.All, options.MalformedRate, options.Seed)
            : null;
        var bySchema = new Dictionary<string, long>(StringComparer.Ordinal);

        var chunks = (firms.Length + ChunkSize - 1) / ChunkSize;
        var window = Math.Max(2, options.Parallelism * 4);
        var accumulators = Enumerable.Range(0, window).Select(_ => (Stats: new RunStats(options.Months), Auc: new AucAccumulator())).ToArray();
        // Two output sets of one window each: one is filled while the other is written.
        var buffers = new StepOutput[2][];
        for (var b = 0; b < 2; b++)
        {
            buffers[b] = [.. Enumerable.Range(0, window).Select(k => new StepOutput(accumulators[k].Stats, accumulators[k].Auc))];
        }

        var totalMonths = options.BurnInMonths + options.Months;
        var writing = Task.CompletedTask;
        var windowCounter = 0;
        long events = 0;
        for (var t = 0; t < totalMonths; t++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var month = first.AddMonths(t);
            var context = Context(options, month, macro, calendar);
            for (var w = 0; w < chunks; w += window)
            {
                var set = buffers[windowCounter++ % 2];
                var from = w;
                var to = Math.Min(chunks, w + window);
                Parallel.For(from, to, Workers(options, cancellationToken), k =>
                {
                    var output = set[k - from];
                    output.ClearMonth();
                    var end = Math.Min(firms.Length, (k + 1) * ChunkSize);
                    for (var i = k * ChunkSize; i < end; i++)
                    {
                        FirmStepper.Step(firms[i], context, output);
                    }

                    if (context.Emitting)
                    {
                        output.SerialiseEvents();
                    }
                });

                writing.GetAwaiter().GetResult();
                var lastWindow = to == chunks;
                if (!context.Emitting)
                {
                    continue;
                }

                writing = Task.Run(() =>
                {
                    for (var k = from; k < to; k++)
                    {
                        var output = set[k - from];
                        for (var i = 0; i < output.Events.Count; i++)
                        {
                            var e = output.Events[i];
                            var name = EventSchemas.Of(e).Name;
                            bySchema[name] = bySchema.GetValueOrDefault(name) + 1;
                            json.WriteLine(e.DeliveredOn, output.JsonLine(i));
                            partners?.Write(e);
                        }

                        truth.WriteHazards(output.HazardCsv.WrittenSpan);

                        foreach (var j in output.Judgments)
                        {
                            truth.WriteJudgment(profiles[j.FirmIndex].Siren, j);
                        }

                        events += output.Events.Count;
                    }

                    if (lastWindow)
                    {
                        json.CompleteMonth(month);
                        partners?.CompleteMonth(month);
                        truth.Flush();
                    }
                }, cancellationToken);
            }

            writing.GetAwaiter().GetResult();
            progress?.Report(new SimulationProgress(month, t + 1, totalMonths, events, !context.Emitting));
        }

        writing.GetAwaiter().GetResult();

        var stats = new RunStats(options.Months);
        var auc = new AucAccumulator();
        foreach (var (s, a) in accumulators)
        {
            stats.Merge(s);
            auc.Merge(a);
        }

        var summary = Summarise(options, profiles, firms, stats, auc, bySchema, json.Lines, partners);
        using (var file = File.Create(Path.Combine(outDir, "summary.json")))
        {
            summary.WriteJson(file);
        }

        return summary;
    }

    private static RunSummary Summarise(
        SimulationOptions options,
        FirmProfile[] profiles,
        FirmState[] firms,
        RunStats stats,
        AucAccumulator auc,
        Dictionary<string, long> bySchema,
        long lines,
        PartnerFileRouter? partners)
    {
        long atRisk = 0, judgments = 0, withDebt = 0;
        double apMonthShare = 0;
        var monthly = new List<MonthlyRates>(options.Months);
        for (var i = 0; i < options.Months; i++)
        {
            var active = stats.ActiveInPerimeter[i];
            atRisk += active;
            judgments += stats.FirstJudgments[i];
            withDebt += stats.WithDebt[i];
            var ap = active == 0 ? 0 : (double)stats.WithActivitePartielle[i] / active;
            apMonthShare += ap;
            monthly.Add(new MonthlyRates(options.Start.AddMonths(i), active, stats.FirstJudgments[i], active == 0 ? 0 : (double)stats.WithDebt[i] / active, ap));
        }

        var established = firms.Where(f => f.Profile.InPerimeter && f.MonthsActiveInRun >= 24).ToList();
        return new RunSummary
        {
            Options = options,
            InPerimeterFirms = profiles.Count(p => p.InPerimeter),
            Establishments = profiles.Sum(p => (long)p.Establishments.Count),
            EventsBySchema = bySchema,
            EventLines = lines,
            PartnerRowsByFormat = partners?.RowsByFormat ?? [],
            EventsWithoutPartnerWriter = partners?.Unrouted ?? [],
            MalformedRows = partners?.Malformations.Count ?? 0,
            OracleAuc = auc.Auc(),
            OraclePositives = auc.Positives,
            OracleNegatives = auc.Negatives,
            AnnualProcedureRate = atRisk == 0 ? 0 : judgments * 12.0 / atRisk,
            FirstJudgments = judgments,
            ProcedureOutcomes = new Dictionary<string, long>(StringComparer.Ordinal)
            {
                ["sauvegarde"] = stats.Sauvegardes,
                ["redressement"] = stats.Redressements,
                ["liquidationDirecte"] = stats.LiquidationsDirectes,
                ["planContinuation"] = stats.PlansContinuation,
                ["conversionToLiquidation"] = stats.ConversionsToLiquidation,
                ["voluntaryClosures"] = stats.VoluntaryClosures,
            },
            ShareWithDebt = atRisk == 0 ? 0 : (double)withDebt / atRisk,
            ShareFirmYearsWithActivitePartielle = stats.FirmYears == 0 ? 0 : (double)stats.FirmYearsWithActivitePartielle / stats.FirmYears,
            ShareMonthsWithActivitePartielle = options.Months == 0 ? 0 : apMonthShare / options.Months,
            ShareWithoutFinancials = established.Count == 0 ? 0 : (double)established.Count(f => f.StatementsDelivered == 0) / established.Count,
            Corrections = stats.Corrections,
            Duplicates = stats.Duplicates,
            Monthly = monthly,
        };
    }

    private static StepContext Context(SimulationOptions options, Domain.Time.Month month, MacroEnvironment macro, DeliveryCalendar calendar) =>
        new(month, options.Start, options.End, options.Calibration, macro, calendar);

    private static ParallelOptions Workers(SimulationOptions options, CancellationToken cancellationToken) =>
        new() { MaxDegreeOfParallelism = options.Parallelism, CancellationToken = cancellationToken };
}
