using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Domain.Wire;
using SignauxFaibles.Formats.Core;

namespace SignauxFaibles.Connector;

/// <summary>
/// <c>validate</c>: runs partner files through the very readers and validation <c>produce</c> uses, without
/// a broker, and prints for each file its format, encoding and delivery, the counts, every reject (line,
/// reason, field, detail with the value, then the line) up to <c>--max-rejects</c> and, with
/// <c>--sample N</c>, the first N events it would produce.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var command = new Command("validate", "Check partner files with the connector's readers, without a broker: counts, rejects with reasons, sample events.");
        foreach (var option in InputFiles.Options.Concat([ConnectorOptions.Sample, ConnectorOptions.MaxRejects, ConnectorOptions.Environment]))
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, ct) => ConnectorHost.RunAsync(parse, (_, _) => { }, (services, token) => Task.FromResult(Run(parse, services, token)), ct));
        return command;
    }

    private static int Run(ParseResult parse, IServiceProvider services, CancellationToken cancellationToken)
    {
        var output = parse.InvocationConfiguration.Output;
        if (InputFiles.Resolve(parse, services.GetRequiredService<TimeProvider>(), out var error) is not { } input)
        {
            Console.Error.WriteLine($"error: {error}");
            return ExitCodes.Usage;
        }

        var sample = Math.Max(0, parse.GetValue(ConnectorOptions.Sample));
        var maxRejects = Math.Max(0, parse.GetValue(ConnectorOptions.MaxRejects));
        var unreadable = false;
        long accepted = 0, rejected = 0;
        foreach (var file in input.Files)
        {
            var options = input.ReadOptionsFor(file, maxRejects, out var encoding);
            var report = new FileReport(file.Reader.Format, file.Path, maxRejects);
            var events = new List<string>(Math.Min(sample, 1_000));
            using (var stream = new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16))
            {
                foreach (var result in file.Reader.Read(stream, options, report, cancellationToken))
                {
                    if (result.Event is { } e && events.Count < sample)
                    {
                        events.Add(EventJson.SerializeToString(e));
                    }
                }
            }

            output.WriteLine($"file {file.Path}");
            output.WriteLine($"  format    {file.Reader.Format} ({file.FormatFrom})");
            output.WriteLine($"  encoding  {encoding}");
            output.WriteLine($"  delivered {file.Delivered}");
            if (report.Fatal is { } fatal)
            {
                output.WriteLine($"  UNREADABLE: {fatal}");
                unreadable = true;
            }

            output.WriteLine($"  lines     {report.LinesRead} read, {report.LinesAccepted} accepted, {report.LinesRejected} rejected, {report.LinesSkipped} skipped");
            if (report.ReasonCounts.Count > 0)
            {
                output.WriteLine("  rejects by reason: " + string.Join(", ", report.ReasonCounts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Select(kv => $"{Reject.ToSnakeCase(kv.Key)} {kv.Value}")));
            }

            foreach (var line in report.RejectSamples)
            {
                foreach (var r in line.Rejects)
                {
                    output.WriteLine($"  reject line {line.LineNumber}: {r.CodeName}, field {r.Field}: {r.Detail}");
                }

                output.WriteLine($"    | {Shorten(line.RawLine)}");
            }

            if (report.LinesRejected > report.RejectSamples.Count)
            {
                output.WriteLine($"  ... {report.LinesRejected - report.RejectSamples.Count} more rejected lines (--max-rejects)");
            }

            if (events.Count > 0)
            {
                output.WriteLine($"  first {events.Count} events:");
                foreach (var json in events)
                {
                    output.WriteLine($"    {json}");
                }
            }

            accepted += report.LinesAccepted;
            rejected += report.LinesRejected;
        }

        output.WriteLine($"total: {input.Files.Count} files, {accepted} lines accepted, {rejected} rejected");
        return unreadable ? ExitCodes.FileUnreadable : rejected > 0 ? ExitCodes.RejectsFound : ExitCodes.Ok;
    }

    private static string Shorten(string? line) =>
        line is null ? "" : line.Length <= 300 ? line : string.Concat(line.AsSpan(0, 300), $"... ({line.Length} characters)");
}
