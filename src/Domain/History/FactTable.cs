using SignauxFaibles.Domain.Rules;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Domain.History;

/// <summary>
/// The facts of one kind, one per key, kept sorted by key in a plain array: compact, and every computation
/// iterates them in the same (key) order whatever the order they arrived in, so even decimal or floating
/// sums are bitwise reproducible.
/// </summary>
internal sealed class FactTable<T>
    where T : struct, IFact<T>
{
    private T[] _items = [];
    private int _count;

    public int Count => _count;

    public ReadOnlySpan<T> Items => new(_items, 0, _count);

    public ref readonly T this[int index] => ref _items[index];

    /// <summary>Index of the fact with the same key as <paramref name="probe"/>, or the complement of its insertion point.</summary>
    public int Find(in T probe)
    {
        int lo = 0, hi = _count - 1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            var c = T.CompareKey(_items[mid], probe);
            if (c == 0)
            {
                return mid;
            }

            if (c < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return ~lo;
    }

    /// <summary>Merges one version of a fact in; true when the table changed.</summary>
    public bool Upsert(in T fact)
    {
        var index = Find(fact);
        if (index >= 0)
        {
            if (!FactMerge.IncomingWins(_items[index], fact))
            {
                return false;
            }

            _items[index] = fact;
            return true;
        }

        Insert(~index, fact);
        return true;
    }

    public void RemoveAt(int index)
    {
        _count--;
        if (index < _count)
        {
            Array.Copy(_items, index + 1, _items, index, _count - index);
        }

        _items[_count] = default;
    }

    /// <summary>Removes the facts whose flag is set; returns how many were removed.</summary>
    public int RemoveMarked(ReadOnlySpan<bool> remove)
    {
        var kept = 0;
        for (var i = 0; i < _count; i++)
        {
            if (!remove[i])
            {
                _items[kept++] = _items[i];
            }
        }

        return Shrink(kept);
    }

    /// <summary>
    /// Removes the facts <paramref name="mark"/> flags as superseded before the window starting at
    /// <paramref name="first"/>; returns how many were removed.
    /// </summary>
    public int RemoveSuperseded(SupersededMarker<T> mark, Month first)
    {
        if (_count == 0)
        {
            return 0;
        }

        Span<bool> drop = _count <= 512 ? stackalloc bool[_count] : new bool[_count];
        mark(Items, first, drop);
        return RemoveMarked(drop);
    }

    /// <summary>
    /// Merges one version of a fact in, then removes the facts <paramref name="mark"/> flags as superseded
    /// before the window starting at <paramref name="first"/> (none before any dated event). True when the
    /// table changed: unchanged only when the incoming fact was merged and then was itself the one removed.
    /// </summary>
    public bool UpsertThenRemoveSuperseded(in T fact, SupersededMarker<T> mark, Month? first)
    {
        if (!Upsert(fact))
        {
            return false;
        }

        var removed = first is { } f ? RemoveSuperseded(mark, f) : 0;
        return Find(fact) >= 0 || removed > 1;
    }

    /// <summary>Removes every fact matching <paramref name="predicate"/>; returns how many were removed.</summary>
    public int RemoveAll<TArg>(Func<T, TArg, bool> predicate, TArg arg)
    {
        var kept = 0;
        for (var i = 0; i < _count; i++)
        {
            if (!predicate(_items[i], arg))
            {
                _items[kept++] = _items[i];
            }
        }

        return Shrink(kept);
    }

    // After a removal, gives back the array when it is less than half used (retention dropped old facts).
    private int Shrink(int kept)
    {
        var removed = _count - kept;
        Array.Clear(_items, kept, removed);
        _count = kept;
        if (removed > 0 && _items.Length > 8 && kept < _items.Length / 2)
        {
            Array.Resize(ref _items, kept + (kept >> 2) + 1);
        }

        return removed;
    }

    private void Insert(int index, in T fact)
    {
        if (_count == _items.Length)
        {
            // Grow by a quarter: grains hold many small tables, so the slack matters more than the copies.
            var grown = new T[_count < 4 ? 4 : _count + (_count >> 2) + 1];
            Array.Copy(_items, grown, _count);
            _items = grown;
        }

        if (index < _count)
        {
            Array.Copy(_items, index, _items, index + 1, _count - index);
        }

        _items[index] = fact;
        _count++;
    }
}

/// <summary>Flags in <paramref name="drop"/> the facts superseded before the window starting at <paramref name="first"/>.</summary>
internal delegate void SupersededMarker<T>(ReadOnlySpan<T> facts, Month first, Span<bool> drop);
