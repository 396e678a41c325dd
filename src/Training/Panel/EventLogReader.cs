using System.Collections.Concurrent;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Wire;

namespace SignauxFaibles.Training.Panel;

/// <summary>
/// Reads an events.jsonl log (one EventJson envelope per line, delivery order) in blocks, decoding the lines
/// of a block in parallel while the caller applies the previous block. Undecodable lines are counted, not
/// fatal: the project's decoder says why.
/// </summary>
internal sealed class EventLogReader(string path)
{
    private const int BlockBytes = 8 << 20;

    public long Rejected => Interlocked.Read(ref _rejected);

    public long Lines => Interlocked.Read(ref _lines);

    private long _rejected;
    private long _lines;

    /// <summary>The decoded events, block by block, in file order; <paramref name="bytesRead"/> reports progress.</summary>
    public IEnumerable<FirmEvent[]> ReadBlocks(IProgress<long>? bytesRead, CancellationToken cancellationToken)
    {
        using var queue = new BlockingCollection<FirmEvent[]>(boundedCapacity: 3);
        var producer = Task.Run(() => Produce(queue, bytesRead, cancellationToken), cancellationToken);
        foreach (var block in queue.GetConsumingEnumerable(cancellationToken))
        {
            yield return block;
        }

        producer.GetAwaiter().GetResult();
    }

    private void Produce(BlockingCollection<FirmEvent[]> queue, IProgress<long>? bytesRead, CancellationToken cancellationToken)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            var buffer = new byte[BlockBytes];
            var carry = 0;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var read = stream.Read(buffer, carry, buffer.Length - carry);
                var length = carry + read;
                if (length == 0)
                {
                    break;
                }

                // Whole lines only; the tail of a line is carried to the next block (grown if a line is huge).
                var end = read == 0 ? length : buffer.AsSpan(0, length).LastIndexOf((byte)'\n') + 1;
                if (end == 0)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                    carry = length;
                    continue;
                }

                queue.Add(Decode(buffer, end), cancellationToken);
                bytesRead?.Report(stream.Position - (length - end));
                carry = length - end;
                buffer.AsSpan(end, carry).CopyTo(buffer);
                if (read == 0)
                {
                    break;
                }
            }
        }
        finally
        {
            queue.CompleteAdding();
        }
    }

    private FirmEvent[] Decode(byte[] bytes, int end)
    {
        var block = bytes.AsSpan(0, end);
        var starts = new List<int>(block.Length / 256);
        var lengths = new List<int>(block.Length / 256);
        var start = 0;
        while (start < block.Length)
        {
            var nl = block[start..].IndexOf((byte)'\n');
            var len = nl < 0 ? block.Length - start : nl;
            if (len > 0 && !(len == 1 && block[start] == (byte)'\r'))
            {
                starts.Add(start);
                lengths.Add(len);
            }

            start += len + 1;
        }

        var events = new FirmEvent?[starts.Count];
        var rejected = 0L;
        Parallel.ForEach(Partitioner.Create(0, starts.Count, 2048), range =>
        {
            var local = 0L;
            for (var i = range.Item1; i < range.Item2; i++)
            {
                if (EventJson.TryDeserialize(bytes.AsSpan(starts[i], lengths[i]), out var e, out _) && e is not null)
                {
                    events[i] = e;
                }
                else
                {
                    local++;
                }
            }

            Interlocked.Add(ref rejected, local);
        });
        Interlocked.Add(ref _rejected, rejected);
        Interlocked.Add(ref _lines, starts.Count);
        return rejected == 0 ? Array.ConvertAll(events, e => e!) : [.. events.OfType<FirmEvent>()];
    }
}
