using System.CommandLine;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Formats.Core;
using SignauxFaibles.Ingest.Connector;

namespace SignauxFaibles.Connector;

/// <summary>One file to read: its reader, how the format was chosen, and when it was delivered.</summary>
internal sealed record InputFile(IPartnerFileReader Reader, string Path, string FormatFrom, DeliveredStamp Delivered);

/// <summary>
/// The files a command reads and how (<c>--file</c>/<c>--format</c> or <c>--from-simulator</c>,
/// <c>--delivered</c>, <c>--encoding</c>, <c>--shape-only</c>), shared by <c>produce</c> and <c>validate</c>
/// so that validating a file tells exactly what producing it would do.
/// </summary>
internal sealed class InputFiles
{
    private readonly string encodingName;
    private readonly System.Text.Encoding? encoding;
    private readonly ValidationOptions validation;

    private InputFiles(List<InputFile> files, string encodingName, System.Text.Encoding? encoding, ValidationOptions validation)
    {
        Files = files;
        this.encodingName = encodingName;
        this.encoding = encoding;
        this.validation = validation;
    }

    public IReadOnlyList<InputFile> Files { get; }

    public static IEnumerable<Option> Options =>
    [
        ConnectorOptions.Format, ConnectorOptions.File, ConnectorOptions.Simulator, ConnectorOptions.Events,
        ConnectorOptions.Delivered, ConnectorOptions.Encoding, ConnectorOptions.ShapeOnly,
    ];

    /// <summary>The files of the command line, or a usage error.</summary>
    public static InputFiles? Resolve(ParseResult parse, TimeProvider time, out string? error)
    {
        error = null;
        var delivered = new DeliveredStamp(DateOnly.FromDateTime(time.GetLocalNow().DateTime), TimeOnly.FromDateTime(time.GetLocalNow().DateTime));
        var deliveredGiven = false;
        if (parse.GetValue(ConnectorOptions.Delivered) is { } text)
        {
            if (!DeliveredStamp.TryParse(text, out delivered))
            {
                error = $"--delivered '{text}' is neither a date (yyyy-MM-dd) nor a timestamp (yyyy-MM-ddTHH:mm[:ss][offset])";
                return null;
            }

            deliveredGiven = true;
        }

        var encodingName = parse.GetValue(ConnectorOptions.Encoding) ?? "auto";
        if (!TextEncodings.TryGet(encodingName, out var encoding))
        {
            error = $"--encoding '{encodingName}' is not one of {string.Join(", ", TextEncodings.Names)}";
            return null;
        }

        var files = new List<InputFile>();
        var format = parse.GetValue(ConnectorOptions.Format);
        if (parse.GetValue(ConnectorOptions.File) is { } file)
        {
            IPartnerFileReader? reader;
            if (format is not null)
            {
                reader = PartnerReaders.TryGet(format, out var r) ? r : null;
            }
            else
            {
                reader = PartnerReaders.ForFileName(file.FullName);
            }

            if (reader is null)
            {
                error = format is null
                    ? $"cannot tell the format of '{file.Name}' from its name: use --format with one of {string.Join(", ", PartnerReaders.Formats)}"
                    : $"unknown format '{format}': use one of {string.Join(", ", PartnerReaders.Formats)}";
                return null;
            }

            if (!file.Exists)
            {
                error = $"no file {file.FullName}";
                return null;
            }

            files.Add(new InputFile(reader, file.FullName, format is null ? "guessed from the file name" : "--format", delivered));
        }
        else if (parse.GetValue(ConnectorOptions.Simulator) is { } folder)
        {
            if (format is not null)
            {
                error = "--format applies to --file only (a simulator folder lists each file's format)";
                return null;
            }

            var found = SimulatorOutput.Files(folder.FullName, parse.GetValue(ConnectorOptions.Events), out var problems);
            foreach (var f in found)
            {
                var day = f.DeliveredOn is { } d && !deliveredGiven ? new DeliveredStamp(d, null) : delivered;
                files.Add(new InputFile(f.Reader, f.Path, "simulator listing", day));
            }

            if (files.Count == 0)
            {
                error = $"nothing to read in {folder.FullName}: {string.Join("; ", problems)}";
                return null;
            }
        }
        else
        {
            error = "give --file (with --format when its name does not tell) or --from-simulator";
            return null;
        }

        var validation = parse.GetValue(ConnectorOptions.ShapeOnly) ? ValidationOptions.ShapeOnly : ValidationOptions.Strict;
        return new InputFiles(files, encodingName, encoding, validation);
    }

    /// <summary>How to read one file, with the encoding chosen for it and why (detected from its bytes unless given).</summary>
    public ReadOptions ReadOptionsFor(InputFile file, int maxRejectSamples, out string encodingReport)
    {
        var options = new ReadOptions
        {
            DeliveredOn = file.Delivered.Day,
            DeliveredAt = file.Delivered.TimeOfDay ?? TimeOnly.MinValue,
            Validation = validation,
            MaxRejectSamples = maxRejectSamples,
        };
        if (file.Reader is EventLinesReader)
        {
            encodingReport = "utf-8 (event lines are always UTF-8)";
            return options;
        }

        if (encoding is not null)
        {
            encodingReport = $"{encodingName} (--encoding)";
            return options with { Encoding = encoding };
        }

        DetectedEncoding detected;
        using (var content = new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16))
        {
            detected = TextEncodings.Detect(content);
        }

        encodingReport = $"{detected.Name} (detected: {detected.Evidence})";
        return options with { Encoding = detected.Encoding };
    }
}
