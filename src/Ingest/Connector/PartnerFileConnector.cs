using Confluent.Kafka;
using SignauxFaibles.Formats.Core;
using SignauxFaibles.Ingest.DeadLetters;
using SignauxFaibles.Ingest.Producing;

namespace SignauxFaibles.Ingest.Connector;

/// <summary>
/// Partner files to Kafka: every accepted event to its source topic (key = SIREN), every rejected line to
/// the dead-letter topic with its reasons and its file position. Streaming: memory stays flat whatever the
/// file size (the producer's queue bounds what is in flight). Returns once the broker acknowledged
/// everything, with the counts of what was delivered and what failed.
/// </summary>
public sealed class PartnerFileConnector(KafkaProducerHandle handle, EventProducer events, DeadLetterProducer deadLetters)
{
    public ConnectorSummary Produce(IPartnerFileReader reader, string path, ReadOptions options, IProgress<ConnectorProgress>? progress, CancellationToken cancellationToken)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var report = new FileReport(reader.Format, path, options.MaxRejectSamples);
        var counters = new DeliveryCounters();
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16))
        {
            var nextProgress = 0L;
            foreach (var result in reader.Read(stream, options, report, cancellationToken))
            {
                if (result.Event is { } e)
                {
                    events.Produce(e, counters.OnEvent, cancellationToken);
                }
                else
                {
                    var payload = System.Text.Encoding.UTF8.GetBytes(result.RawLine ?? "");
                    var letter = new DeadLetter(result.Rejects, DeadLetterSource.FileLine(reader.Format, path, result.LineNumber), null, payload);
                    deadLetters.Produce(letter, counters.OnDeadLetter, cancellationToken);
                }

                if (progress is not null && report.LinesRead >= nextProgress)
                {
                    nextProgress = report.LinesRead + 10_000;
                    progress.Report(new ConnectorProgress(path, report.LinesRead, report.LinesAccepted, report.LinesRejected, stream.Position, stream.Length));
                }
            }

            progress?.Report(new ConnectorProgress(path, report.LinesRead, report.LinesAccepted, report.LinesRejected, stream.Length, stream.Length));
        }

        while (handle.Flush(TimeSpan.FromMilliseconds(500)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }

        return new ConnectorSummary(report, counters.Events, counters.DeadLetters, counters.Failures, counters.FirstError, clock.Elapsed);
    }

    private sealed class DeliveryCounters
    {
        private long events;
        private long deadLetters;
        private long failures;

        public long Events => Interlocked.Read(ref events);

        public long DeadLetters => Interlocked.Read(ref deadLetters);

        public long Failures => Interlocked.Read(ref failures);

        public string? FirstError { get; private set; }

        public void OnEvent(DeliveryReport<string, byte[]> report) => Count(report, ref events);

        public void OnDeadLetter(DeliveryReport<string, byte[]> report) => Count(report, ref deadLetters);

        private void Count(DeliveryReport<string, byte[]> report, ref long delivered)
        {
            if (report.Error.IsError)
            {
                if (Interlocked.Increment(ref failures) == 1)
                {
                    FirstError = $"{report.Error.Code}: {report.Error.Reason}";
                }
            }
            else
            {
                Interlocked.Increment(ref delivered);
            }
        }
    }
}
