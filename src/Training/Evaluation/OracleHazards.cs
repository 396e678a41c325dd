using nietras.SeparatedValues;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Training.Evaluation;

/// <summary>
/// The simulator's oracle (truth/hazard.csv: siren;month;health;hazard;p18): the probability of a first
/// judgment within 18 months computed from the hidden health, for the firm-months asked for.
/// </summary>
internal sealed class OracleHazards
{
    private readonly Dictionary<(string Siren, int Month), double> _p18;

    private OracleHazards(Dictionary<(string Siren, int Month), double> p18) => _p18 = p18;

    public int Count => _p18.Count;

    /// <summary>Reads the rows of <paramref name="wanted"/> firm-months (others are skipped without parsing their numbers).</summary>
    public static OracleHazards Read(string path, Func<string, Month, bool> wanted, CancellationToken cancellationToken)
    {
        var p18 = new Dictionary<(string, int), double>();
        using var reader = Sep.New(';').Reader(o => o with { HasHeader = true }).FromFile(path);
        var siren = reader.Header.IndexOf("siren");
        var month = reader.Header.IndexOf("month");
        var p = reader.Header.IndexOf("p18");
        var n = 0L;
        foreach (var row in reader)
        {
            if ((++n & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (!Month.TryParse(row[month].Span, out var m))
            {
                continue;
            }

            var s = row[siren].ToString();
            if (wanted(s, m))
            {
                p18[(s, m.Index)] = row[p].Parse<double>();
            }
        }

        return new OracleHazards(p18);
    }

    public bool TryGet(string siren, Month month, out double p18) => _p18.TryGetValue((siren, month.Index), out p18);
}
