using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Features;
using SignauxFaibles.Domain.Perimeter;
using SignauxFaibles.Domain.Population;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Training.Labels;

namespace SignauxFaibles.Training.Panel;

/// <summary>
/// Builds the point-in-time panel in one pass over a log in delivery order, exactly as
/// <see cref="PointInTime.Panel"/> does for one firm but for all firms at once: events are applied to each
/// firm's <c>FirmHistory</c> (the grain's code) until the delivery cut of a month (its last day), then the
/// month's features are computed with <see cref="FeatureCalculator"/> for the firm-months wanted, in the
/// perimeter (<see cref="PerimeterRule"/>) as the grain evaluates it, each with the firm's standing from the
/// grain's <see cref="PopulationRule"/> (who is in bonis, who is a "signal fort"). Firms are spread over a fixed number of
/// shards by a hash of their SIREN and each shard is processed by one thread, so rows come out in the same
/// order whatever the number of cores.
/// </summary>
internal sealed class PanelBuilder(FirmSplit split, Func<Month, bool> monthWanted, Func<Month, bool, bool> rowWanted)
{
    public const int Shards = 8;

    private readonly Shard[] _shards = [.. Enumerable.Range(0, Shards).Select(_ => new Shard())];
    private Month? _current;
    private Month? _first;

    /// <summary>Events delivered before the cut of a month already computed (out of delivery order).</summary>
    public long LateEvents { get; private set; }

    public long Events { get; private set; }

    public FeaturePanel Build(IEnumerable<FirmEvent[]> blocks, IProgress<Month>? months, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var shardOf = Array.Empty<int>();
        foreach (var block in blocks)
        {
            if (shardOf.Length < block.Length)
            {
                shardOf = new int[block.Length];
            }

            for (var k = 0; k < block.Length; k++)
            {
                shardOf[k] = ShardOf(block[k].Siren);
            }

            var i = 0;
            while (i < block.Length)
            {
                cancellationToken.ThrowIfCancellationRequested();
                _current ??= _first = Month.From(block[i].DeliveredOn);
                var month = _current.Value;
                var cut = PointInTime.CutOf(month);
                var j = i;
                while (j < block.Length && block[j].DeliveredOn <= cut)
                {
                    if (block[j].DeliveredOn < month.FirstDay)
                    {
                        LateEvents++;
                    }

                    j++;
                }

                ApplySegment(block, shardOf, i, j);
                Events += j - i;
                i = j;
                if (j < block.Length)
                {
                    // The next event is delivered after this month's cut: the month is complete.
                    ComputeMonth(month, cancellationToken);
                    months?.Report(month);
                    _current = month.Next;
                }
            }
        }

        if (_current is not { } last)
        {
            return new FeaturePanel([], [], [], [], [], default, default);
        }

        ComputeMonth(last, cancellationToken);
        months?.Report(last);
        return Assemble(_first!.Value, last);
    }

    /// <summary>The shard of a SIREN: a fixed hash (not string.GetHashCode, which changes per process).</summary>
    public static int ShardOf(string siren)
    {
        var h = 2166136261u;
        foreach (var c in siren)
        {
            h = (h ^ c) * 16777619u;
        }

        return (int)(h % Shards);
    }

    private void ApplySegment(FirmEvent[] block, int[] shardOf, int from, int to)
    {
        if (to <= from)
        {
            return;
        }

        Parallel.For(0, Shards, s =>
        {
            var shard = _shards[s];
            for (var k = from; k < to; k++)
            {
                if (shardOf[k] == s)
                {
                    var e = block[k];
                    if (!shard.ById.TryGetValue(e.Siren, out var firm))
                    {
                        firm = new FirmTrack(e.Siren, split.IsHoldout(e.Siren));
                        shard.ById.Add(e.Siren, firm);
                        shard.Firms.Add(firm);
                    }

                    firm.Apply(e);
                }
            }
        });
    }

    private void ComputeMonth(Month month, CancellationToken cancellationToken)
    {
        if (!monthWanted(month))
        {
            return;
        }

        Parallel.For(0, Shards, new ParallelOptions { CancellationToken = cancellationToken }, s =>
        {
            var shard = _shards[s];
            for (var f = 0; f < shard.Firms.Count; f++)
            {
                var firm = shard.Firms[f];
                if (!rowWanted(month, firm.Holdout) || !PerimeterRule.Evaluate(firm.History, month).IsInPerimeter)
                {
                    continue;
                }

                var values = FeatureCalculator.Compute(firm.History, month).Values;
                // Read at the month's last day, as the grain does for the month it scores.
                var standing = PopulationRule.Evaluate(firm.History, month.EndExclusive.AddDays(-1));
                shard.Add(f, month, values.AsSpan(), standing);
            }
        });
    }

    private FeaturePanel Assemble(Month first, Month last)
    {
        var firms = new List<FirmTrack>();
        var offsets = new int[Shards];
        var rows = 0;
        for (var s = 0; s < Shards; s++)
        {
            offsets[s] = firms.Count;
            firms.AddRange(_shards[s].Firms);
            rows += _shards[s].RowFirm.Count;
        }

        var rowFirm = new int[rows];
        var rowMonth = new int[rows];
        var features = new float[(long)rows * FeaturePanel.Width];
        var standings = new FirmStanding[rows];
        var r = 0;
        for (var s = 0; s < Shards; s++)
        {
            var shard = _shards[s];
            for (var k = 0; k < shard.RowFirm.Count; k++, r++)
            {
                rowFirm[r] = offsets[s] + shard.RowFirm[k];
                rowMonth[r] = shard.RowMonth[k];
                standings[r] = shard.RowStanding[k];
            }

            shard.CopyFeatures(features.AsSpan(checked((r - shard.RowFirm.Count) * FeaturePanel.Width)));
        }

        return new FeaturePanel(firms, rowFirm, rowMonth, features, standings, first, last);
    }

    private sealed class Shard
    {
        private const int ChunkRows = 4096;
        private readonly List<float[]> _chunks = [];
        private int _inChunk = ChunkRows;

        public Dictionary<string, FirmTrack> ById { get; } = new(StringComparer.Ordinal);

        public List<FirmTrack> Firms { get; } = [];

        public List<int> RowFirm { get; } = [];

        public List<int> RowMonth { get; } = [];

        public List<FirmStanding> RowStanding { get; } = [];

        public void Add(int firm, Month month, ReadOnlySpan<double> values, FirmStanding standing)
        {
            if (_inChunk == ChunkRows)
            {
                _chunks.Add(new float[ChunkRows * FeaturePanel.Width]);
                _inChunk = 0;
            }

            var target = _chunks[^1].AsSpan(_inChunk * FeaturePanel.Width, FeaturePanel.Width);
            for (var i = 0; i < values.Length; i++)
            {
                target[i] = (float)values[i];
            }

            _inChunk++;
            RowFirm.Add(firm);
            RowMonth.Add(month.Index);
            RowStanding.Add(standing);
        }

        public void CopyFeatures(Span<float> destination)
        {
            var remaining = RowFirm.Count;
            var at = 0;
            foreach (var chunk in _chunks)
            {
                var n = Math.Min(ChunkRows, remaining) * FeaturePanel.Width;
                chunk.AsSpan(0, n).CopyTo(destination[at..]);
                at += n;
                remaining -= Math.Min(ChunkRows, remaining);
            }
        }
    }
}
