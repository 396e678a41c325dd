using System.Text;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Domain.Wire;
using SignauxFaibles.Formats.Core;

namespace SignauxFaibles.Ingest.Connector;

/// <summary>
/// Reads JSON lines of event envelopes (the simulator's normalised event stream): each line is decoded
/// and validated exactly as the ingest does, so a bad line is rejected here with the same reason code.
/// The events carry their own delivery date; <see cref="ReadOptions.DeliveredOn"/> is not used.
/// </summary>
public sealed class EventLinesReader : IPartnerFileReader
{
    public string Format => "events";

    public IEnumerable<ReadResult> Read(Stream input, ReadOptions options, FileReport report, CancellationToken cancellationToken = default)
    {
        using var reader = new StreamReader(input, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        long lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            cancellationToken.ThrowIfCancellationRequested();
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                report.CountSkipped();
                continue;
            }

            if (line.Length > options.Validation.MaxInputBytes)
            {
                yield return report.Count(ReadResult.Rejected(lineNumber, [OversizedInput.Line(line.Length, options.Validation)], line));
                continue;
            }

            if (!EventJson.TryDeserialize(Encoding.UTF8.GetBytes(line), out var e, out var reject))
            {
                yield return report.Count(ReadResult.Rejected(lineNumber, [reject!], line));
                continue;
            }

            var rejects = EventValidator.Validate(e!, options.Validation);
            yield return report.Count(rejects.Count == 0 ? ReadResult.Accepted(lineNumber, e!) : ReadResult.Rejected(lineNumber, rejects, line));
        }
    }
}
