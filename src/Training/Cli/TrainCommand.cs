using System.Collections.Immutable;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using SignauxFaibles.Models;
using SignauxFaibles.Training.Learning;
using SignauxFaibles.Training.Panel;
using Spectre.Console;

namespace SignauxFaibles.Training.Cli;

/// <summary>The command line: options, their help, and a run with progress bars.</summary>
internal static class TrainCommand
{
    public static RootCommand Build()
    {
        var sim = new Option<DirectoryInfo?>("--sim")
        {
            Description = "A simulator output folder: reads DIR/events.jsonl, and DIR/truth/hazard.csv for the oracle's figures when present. Same as --events DIR/events.jsonl --truth DIR/truth.",
        };
        var events = new Option<FileInfo?>("--events")
        {
            Description = "An event log in delivery order, one EventJson envelope per line (events.jsonl, or a Kafka replay dumped the same way).",
        };
        var truth = new Option<DirectoryInfo?>("--truth")
        {
            Description = "A simulator truth folder; its hazard.csv gives the oracle's probabilities for the report. Optional: without it the oracle column is left out.",
        };
        var output = new Option<DirectoryInfo>("--out")
        {
            Description = "Folder the artifact is written in, as OUT/ID/ (manifest.json, model.json, model.zip, evaluation.json, evaluation.md). OUT/ID must not exist.",
            Required = true,
        };
        var id = new Option<string>("--id")
        {
            Description = "Model version id: letters, digits, '.', '_', '-' (at most 64). Recorded with every score and alert.",
            Required = true,
        };
        var evalMonths = new Option<int>("--eval-months")
        {
            Description = "Months of the out-of-time evaluation window, ending at the last month whose 18-month future is in the log. Training months end 19 months before the window starts.",
            DefaultValueFactory = _ => 6,
        };
        var warmup = new Option<int>("--warmup-months")
        {
            Description = "Months at the start of the log kept out of training, while the firms' histories fill (headcounts arrive months late).",
            DefaultValueFactory = _ => 6,
        };
        var holdout = new Option<double>("--holdout")
        {
            Description = "Share of firms (by a seeded hash of the SIREN) held out of training for validation (thresholds, learner choice) and evaluation.",
            DefaultValueFactory = _ => 0.25,
        };
        var learners = new Option<LearnerKind[]>("--learner")
        {
            Description = "Learners compared on validation AUCPR, the better kept (repeatable): FastTree, LightGbm.",
            DefaultValueFactory = _ => [LearnerKind.FastTree, LearnerKind.LightGbm],
            AllowMultipleArgumentsPerToken = true,
        };
        var trees = new Option<int>("--trees") { Description = "Boosting iterations (trees) per learner.", DefaultValueFactory = _ => LearnerSettings.Default.Trees };
        var leaves = new Option<int>("--leaves") { Description = "Leaves per tree.", DefaultValueFactory = _ => LearnerSettings.Default.Leaves };
        var minLeaf = new Option<int>("--min-leaf") { Description = "Minimum training examples per leaf.", DefaultValueFactory = _ => LearnerSettings.Default.MinLeafExamples };
        var rate = new Option<double>("--learning-rate") { Description = "Shrinkage of each tree.", DefaultValueFactory = _ => LearnerSettings.Default.LearningRate };
        var seed = new Option<int>("--seed") { Description = "Seed of the learners (same data and seed: same model.json, same content hash).", DefaultValueFactory = _ => LearnerSettings.Default.Seed };
        var splitSeed = new Option<ulong>("--split-seed") { Description = "Seed of the SIREN split.", DefaultValueFactory = _ => 42UL };
        var threads = new Option<int?>("--threads") { Description = "Learner threads (default: all cores)." };
        var withhold = new Option<string>("--withhold")
        {
            Description = "Comma-separated features withheld from the learners (given as missing), or 'none'. Default: the sector and région codes, "
                + "whose learned effect is the training months' passing sector and regional shocks (docs/model.md).",
            DefaultValueFactory = _ => string.Join(',', LearnerSettings.DefaultWithheldFeatures),
        };
        var hysteresis = new Option<double>("--hysteresis")
        {
            Description = "Relative exit margin of the alert levels (a level is left below threshold x (1 - h)); reduced, with a note in the report, if it would let red's exit fall below orange's entry.",
            DefaultValueFactory = _ => 0.15,
        };

        var search = new Option<int>("--search")
        {
            Description = "Hyper-parameter search: N candidate settings per learner (the run's own first, then grid settings in an order fixed by --seed), "
                + "each trained on the training rows and scored on the validation rows only; the highest validation AUCPR is kept. 0 (default): no search, the run's settings only.",
            DefaultValueFactory = _ => 0,
        };
        var noLogistic = new Option<bool>("--no-logistic")
        {
            Description = "Skip the logistic regression baseline (the original's 2021 model), fitted by default on at most 200,000 training rows and shown in the report.",
        };

        var root = new RootCommand(
            "Signaux Faibles trainer: builds the point-in-time SIREN x month panel from an event log with the grain's feature code, labels it "
            + "with the 18-month procédure target, compares ML.NET tree learners, exports the better one to the pure tree-ensemble scorer and "
            + "writes a model artifact with its out-of-time evaluation (docs/model.md).")
        {
            sim, events, truth, output, id, evalMonths, warmup, holdout, learners, trees, leaves, minLeaf, rate, seed, splitSeed, threads, withhold, hysteresis, search, noLogistic,
        };

        root.SetAction((parse, cancellationToken) =>
        {
            var simDir = parse.GetValue(sim);
            var eventsPath = parse.GetValue(events)?.FullName ?? (simDir is null ? null : Path.Combine(simDir.FullName, "events.jsonl"));
            var truthDir = parse.GetValue(truth)?.FullName ?? (simDir is null ? null : Path.Combine(simDir.FullName, "truth"));
            if (eventsPath is null)
            {
                AnsiConsole.MarkupLine("[red]--sim or --events is required[/]");
                return Task.FromResult(2);
            }

            var modelId = parse.GetValue(id)!;
            if (!ModelId.IsValid(modelId))
            {
                AnsiConsole.MarkupLineInterpolated($"[red]invalid --id '{modelId}'[/]");
                return Task.FromResult(2);
            }

            var source = EventSource.FromFile(eventsPath, out var problem);
            if (source is null)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]{problem}[/]");
                return Task.FromResult(2);
            }

            var withheld = parse.GetValue(withhold)!.Trim();
            ImmutableArray<string> withheldFeatures = withheld is "" or "none"
                ? []
                : [.. withheld.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
            if (Learners.FirstUnknown(withheldFeatures) is { } unknown)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]--withhold: unknown feature '{unknown}'[/]");
                return Task.FromResult(2);
            }

            var searchCandidates = parse.GetValue(search);
            if (searchCandidates < 0)
            {
                AnsiConsole.MarkupLine("[red]--search must be 0 or more[/]");
                return Task.FromResult(2);
            }

            var hazard = truthDir is null ? null : Path.Combine(truthDir, "hazard.csv");
            var options = new TrainingOptions
            {
                Id = modelId,
                OutputDirectory = parse.GetValue(output)!.FullName,
                HazardFile = hazard is not null && File.Exists(hazard) ? hazard : null,
                EvalMonths = parse.GetValue(evalMonths),
                WarmupMonths = parse.GetValue(warmup),
                HoldoutShare = parse.GetValue(holdout),
                SplitSeed = parse.GetValue(splitSeed),
                Learners = [.. parse.GetValue(learners)!.Distinct()],
                Settings = new LearnerSettings(parse.GetValue(trees), parse.GetValue(leaves), parse.GetValue(minLeaf), parse.GetValue(rate), parse.GetValue(seed), parse.GetValue(threads))
                {
                    WithheldFeatures = withheldFeatures,
                },
                Hysteresis = parse.GetValue(hysteresis),
                SearchCandidates = searchCandidates,
                LogisticBaseline = !parse.GetValue(noLogistic),
            };
            return Task.FromResult(Run(options, source, cancellationToken));
        });
        return root;
    }

    private static int Run(TrainingOptions options, EventSource source, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        AnsiConsole.MarkupLineInterpolated($"Log [bold]{source.Name}[/] ({source.FirstMonth}..{source.LastMonth}), oracle: {options.HazardFile ?? "none"}");
        TrainingResult? result = null;
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var tasks = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
                var progress = new SynchronousProgress<TrainingProgress>(p =>
                {
                    if (!tasks.TryGetValue(p.Stage, out var task))
                    {
                        task = tasks[p.Stage] = ctx.AddTask(p.Stage, maxValue: 1);
                    }

                    task.Value = p.Fraction;
                    task.Description = $"{p.Stage}: {Markup.Escape(p.Message)}";
                });
                result = TrainingRun.Run(options, source, progress, cancellationToken);
            });

        var r = result!.Report;
        var table = new Table().AddColumns("scorer", "ROC AUC", "AUCPR", "red P / R", "orange P / R");
        void Add(string name, Evaluation.ScoreMetrics? m)
        {
            if (m is not null)
            {
                table.AddRow(name, F(m.RocAuc), F(m.AucPr), $"{F(m.Red.Precision)} / {F(m.Red.Recall)}", $"{F(m.Orange.Precision)} / {F(m.Orange.Recall)}");
            }
        }

        Add("model", r.WithoutAfterJudgment.Model);
        Add("oracle", r.WithoutAfterJudgment.Oracle);
        Add("transparent", r.WithoutAfterJudgment.Transparent);
        Add("logistic", r.WithoutAfterJudgment.Logistic);
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLineInterpolated($"Kept [bold]{r.Learner}[/]; thresholds red {r.Thresholds.Eleve:G4}, orange {r.Thresholds.Modere:G4}, hysteresis {r.Thresholds.Hysteresis:G4}");
        AnsiConsole.MarkupLineInterpolated($"Artifact [bold]{result.Directory}[/] ({result.Manifest.ContentHash}) in {clock.Elapsed:mm\\:ss}");
        return 0;
    }

    private static string F(double v) => v.ToString("F4", CultureInfo.InvariantCulture);

    /// <summary>Reports on the caller's thread (Progress&lt;T&gt; would post to the thread pool, out of order).</summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        private readonly Lock _lock = new();

        public void Report(T value)
        {
            lock (_lock)
            {
                report(value);
            }
        }
    }
}
