namespace SignauxFaibles.Domain.History;

/// <summary>
/// One instance per distinct string (siret, compte, ids) within a firm: every event carries its own copies,
/// and keeping them would cost more than the facts themselves.
/// </summary>
internal sealed class StringPool
{
    private string[] _items = [];
    private int _count;

    public int Count => _count;

    /// <summary>The pool's instance equal to <paramref name="value"/> (a null value is the empty string).</summary>
    public string Intern(string? value)
    {
        value ??= "";
        int lo = 0, hi = _count - 1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            var c = string.CompareOrdinal(_items[mid], value);
            if (c == 0)
            {
                return _items[mid];
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

        if (_count == _items.Length)
        {
            Array.Resize(ref _items, _count < 4 ? 4 : _count * 2);
        }

        Array.Copy(_items, lo, _items, lo + 1, _count - lo);
        _items[lo] = value;
        _count++;
        return value;
    }

    public void Clear()
    {
        Array.Clear(_items, 0, _count);
        _count = 0;
    }
}
