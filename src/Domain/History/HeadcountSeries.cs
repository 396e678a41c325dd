using System.Collections.Immutable;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Domain.History;

/// <summary>
/// Monthly headcounts of one establishment or of the firm, as dense arrays (16 bytes a month): a
/// last-writer-wins register per month, cheaper than one stored fact per (siret, month). Of two values of a
/// month the later delivery wins: the later day, then on the same day the greater delivery sequence (docs/events.md,
/// "Same-day corrections"), and only when both are equal the greater value (a fixed order whatever the arrival order).
/// </summary>
internal sealed class HeadcountSeries
{
    /// <summary>Marks a month with no delivered value.</summary>
    public const int Missing = int.MinValue;

    private int _start;
    private int _length;
    private int[] _values = [];
    private DateOnly[] _versions = [];
    private long[] _sequences = [];

    public HeadcountSeries(string key) => Key = key;

    /// <summary>The siret of the establishment, or the siren for the firm's own series.</summary>
    public string Key { get; }

    public bool IsEmpty => _length == 0;

    /// <summary>First month holding a value (meaningless when empty).</summary>
    public Month FirstMonth => new(_start);

    /// <summary>Last month holding a value (meaningless when empty).</summary>
    public Month LastMonth => new(_start + _length - 1);

    public bool TryGet(Month month, out int value)
    {
        var i = month.Index - _start;
        if ((uint)i < (uint)_length && _values[i] != Missing)
        {
            value = _values[i];
            return true;
        }

        value = 0;
        return false;
    }

    /// <summary>Merges a delivered value; true when the series changed.</summary>
    public bool Upsert(Month month, int value, DateOnly deliveredOn, long deliverySequence)
    {
        if (value == Missing)
        {
            return false;
        }

        var i = EnsureSlot(month.Index);
        if (_values[i] != Missing)
        {
            var c = deliveredOn.CompareTo(_versions[i]);
            if (c == 0)
            {
                c = deliverySequence.CompareTo(_sequences[i]);
            }

            // Same day and sequence (a source without sequence, or the same line twice): the greater value wins.
            if (c < 0 || (c == 0 && value <= _values[i]))
            {
                return false;
            }
        }

        _values[i] = value;
        _versions[i] = deliveredOn;
        _sequences[i] = deliverySequence;
        return true;
    }

    /// <summary>Drops every month before <paramref name="first"/>; true when something was dropped.</summary>
    public bool DropBefore(Month first)
    {
        if (_length == 0 || first.Index <= _start)
        {
            return false;
        }

        var drop = Math.Min(first.Index - _start, _length);
        while (drop < _length && _values[drop] == Missing)
        {
            drop++;
        }

        Array.Copy(_values, drop, _values, 0, _length - drop);
        Array.Copy(_versions, drop, _versions, 0, _length - drop);
        Array.Copy(_sequences, drop, _sequences, 0, _length - drop);
        _length -= drop;
        _start += drop;
        Array.Fill(_values, Missing, _length, _values.Length - _length);
        if (_length == 0)
        {
            _start = 0;
        }

        return true;
    }

    public HeadcountSeriesState ToState() => new()
    {
        Key = Key,
        Start = new Month(_start),
        Values = ImmutableArray.Create(_values, 0, _length),
        Versions = ImmutableArray.Create(_versions, 0, _length),
        Sequences = ImmutableArray.Create(_sequences, 0, _length),
    };

    /// <summary>Merges a persisted series in, month by month (so a damaged snapshot is merged, not trusted).</summary>
    public void Load(HeadcountSeriesState state)
    {
        var n = Math.Min(state.Values.Length, state.Versions.Length);
        // States written before sequences were kept have none: their values count as sequence 0.
        var sequences = state.Sequences.IsDefault ? [] : state.Sequences;
        for (var i = 0; i < n; i++)
        {
            Upsert(state.Start.AddMonths(i), state.Values[i], state.Versions[i], i < sequences.Length ? sequences[i] : 0);
        }
    }

    private int EnsureSlot(int month)
    {
        if (_length == 0)
        {
            if (_values.Length == 0)
            {
                _values = new int[12];
                _versions = new DateOnly[12];
                _sequences = new long[12];
                Array.Fill(_values, Missing);
            }

            _start = month;
            _length = 1;
            return 0;
        }

        if (month < _start)
        {
            var shift = _start - month;
            var values = new int[_length + shift + (_values.Length - _length)];
            var versions = new DateOnly[values.Length];
            var sequences = new long[values.Length];
            Array.Fill(values, Missing);
            Array.Copy(_values, 0, values, shift, _length);
            Array.Copy(_versions, 0, versions, shift, _length);
            Array.Copy(_sequences, 0, sequences, shift, _length);
            _values = values;
            _versions = versions;
            _sequences = sequences;
            _start = month;
            _length += shift;
            return 0;
        }

        var i = month - _start;
        if (i >= _values.Length)
        {
            // Deliveries add a few months at a time: grow by a year at least so appends rarely reallocate.
            var size = Math.Max(i + 1, _values.Length + Math.Max(12, _values.Length / 4));
            var values = new int[size];
            var versions = new DateOnly[size];
            var sequences = new long[size];
            Array.Fill(values, Missing);
            Array.Copy(_values, values, _length);
            Array.Copy(_versions, versions, _length);
            Array.Copy(_sequences, sequences, _length);
            _values = values;
            _versions = versions;
            _sequences = sequences;
        }

        if (i >= _length)
        {
            _length = i + 1;
        }

        return i;
    }
}
