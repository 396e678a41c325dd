using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Simulator.Economy;
using Spectre.Console;

namespace SignauxFaibles.Simulator.Cli;

/// <summary>The command line: options, their help, and a run with a progress bar.</summary>
internal static class SimulatorCommand
{
    public static RootCommand Build()
    {
        var seed = new Option<ulong>("--seed")
        {
            Description = "Seed of the run. The same seed and options give byte-identical outputs; another seed gives another population and history.",
            DefaultValueFactory = _ => 42,
        };
        var firms = new Option<int>("--firms")
        {
            Description = "Number of firms, 100 to 1,000,000 (a few percent are created during the run, a few percent are out of the perimeter).",
            DefaultValueFactory = _ => 10_000,
        };
        var months = new Option<int>("--months")
        {
            Description = "Length of the run in months (15 burn-in months are simulated before it, without output).",
            DefaultValueFactory = _ => 60,
        };
        var output = new Option<DirectoryInfo>("--out")
        {
            Description = "Output directory: events.jsonl, partners/, truth/, manifest/, summary.json (see docs/simulator.md). Existing files are overwritten.",
            Required = true,
        };
        var start = new Option<string>("--start")
        {
            Description = "First month of the run, yyyy-MM.",
            DefaultValueFactory = _ => "2019-01",
        };
        var crisis = new Option<string?>("--crisis")
        {
            Description = "Economy-wide crisis (lockdown) as start:months, e.g. 2020-03:3: activité partielle surge, contribution deferrals, "
                + "a health drop by sector exposure that fades afterwards, and public support that holds failures down. Default: none.",
        };
        var malformed = new Option<double>("--malformed-rate")
        {
            Description = "Share of partner-file rows followed by a deliberately malformed copy (0 to 0.5). They go to partner files only, "
                + "never to events.jsonl, and are listed with the reject code their parser must give in manifest/malformed.csv.",
            DefaultValueFactory = _ => 0,
        };
        var noPartnerFiles = new Option<bool>("--no-partner-files")
        {
            Description = "Write only the event stream and the ground truth (faster, smaller).",
        };
        var noHazards = new Option<bool>("--no-hazard-file")
        {
            Description = "Do not write truth/hazard.csv (one row per in-bonis firm-month; large for big runs). The oracle AUC is still computed.",
        };
        var threads = new Option<int>("--threads")
        {
            Description = "Worker threads for stepping firms. Outputs do not depend on it.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };

        var set = new Option<string[]>("--set")
        {
            Description = "Override a calibration knob, Name=value (repeatable), e.g. --set HazardSlope=1.8. The knobs and their defaults are listed in docs/simulator.md.",
            AllowMultipleArgumentsPerToken = false,
        };

        var root = new RootCommand(
            "Signaux Faibles simulator: a deterministic synthetic French economy. Writes partner-format files, the normalised "
            + "event stream in delivery order (JSON lines) and the ground truth (hazards, procédures, oracle AUC of the 18-month target).")
        {
            seed, firms, months, output, start, crisis, malformed, noPartnerFiles, noHazards, threads, set,
        };

        root.SetAction((parse, cancellationToken) =>
        {
            if (!Month.TryParse(parse.GetValue(start), out var startMonth))
            {
                return Task.FromResult(Fail($"--start '{parse.GetValue(start)}' is not a month yyyy-MM"));
            }

            CrisisSpec? crisisSpec = null;
            var crisisText = parse.GetValue(crisis);
            if (crisisText is not null && !CrisisSpec.TryParse(crisisText, out crisisSpec))
            {
                return Task.FromResult(Fail($"--crisis '{crisisText}' is not start:months, e.g. 2020-03:3"));
            }

            if (!CalibrationOverrides.TryApply(Calibration.Default, parse.GetValue(set) ?? [], out var calibration, out var error))
            {
                return Task.FromResult(Fail($"--set: {error}"));
            }

            var options = new SimulationOptions
            {
                Seed = parse.GetValue(seed),
                Firms = parse.GetValue(firms),
                Months = parse.GetValue(months),
                OutputDirectory = parse.GetValue(output)!.FullName,
                Start = startMonth,
                Crisis = crisisSpec,
                MalformedRate = parse.GetValue(malformed),
                PartnerFiles = !parse.GetValue(noPartnerFiles),
                WriteHazards = !parse.GetValue(noHazards),
                Parallelism = Math.Max(1, parse.GetValue(threads)),
                Calibration = calibration,
            };
            return Task.FromResult(Run(options, cancellationToken));
        });
        return root;
    }

    private static int Run(SimulationOptions options, CancellationToken cancellationToken)
    {
        if (options.Validate() is { } problem)
        {
            return Fail(problem);
        }

        var watch = Stopwatch.StartNew();
        RunSummary? summary = null;
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("burn-in", maxValue: options.BurnInMonths + options.Months);
                summary = Simulation.Run(options, new SynchronousProgress(p =>
                {
                    task.Value = p.Done;
                    task.Description = p.BurnIn ? $"burn-in {p.Month}" : $"{p.Month}  {p.Events:N0} events";
                    ctx.Refresh();
                }), cancellationToken);
            });

        var s = summary!;
        var table = new Table().AddColumns("measure", "value");
        table.AddRow("firms (in perimeter)", $"{options.Firms:N0} ({s.InPerimeterFirms:N0})");
        table.AddRow("events", s.EventLines.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("procédures / firm-year", s.AnnualProcedureRate.ToString("P2", CultureInfo.InvariantCulture));
        table.AddRow("firms with URSSAF debt (mean)", s.ShareWithDebt.ToString("P1", CultureInfo.InvariantCulture));
        table.AddRow("firm-years with activité partielle", s.ShareFirmYearsWithActivitePartielle.ToString("P1", CultureInfo.InvariantCulture));
        table.AddRow("firms without financials", s.ShareWithoutFinancials.ToString("P1", CultureInfo.InvariantCulture));
        table.AddRow("malformed rows", s.MalformedRows.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("[bold]oracle AUC (18 months)[/]", $"[bold]{s.OracleAuc.ToString("F4", CultureInfo.InvariantCulture)}[/] ({s.OraclePositives:N0} positive / {s.OracleNegatives:N0} firm-months)");
        table.AddRow("elapsed", watch.Elapsed.ToString(@"m\:ss\.f", CultureInfo.InvariantCulture));
        AnsiConsole.Write(table);
        if (s.EventsWithoutPartnerWriter.Count > 0 && options.PartnerFiles)
        {
            AnsiConsole.MarkupLine($"[yellow]No partner writer yet for:[/] {string.Join(", ", s.EventsWithoutPartnerWriter.Keys.Order(StringComparer.Ordinal))}");
        }

        return 0;
    }

    private static int Fail(string message)
    {
        AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {message}");
        return 2;
    }

    /// <summary>Reports on the calling thread (Progress&lt;T&gt; would post to the thread pool, out of order).</summary>
    private sealed class SynchronousProgress(Action<SimulationProgress> report) : IProgress<SimulationProgress>
    {
        public void Report(SimulationProgress value) => report(value);
    }
}
