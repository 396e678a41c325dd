using SignauxFaibles.Training.Panel;

namespace SignauxFaibles.Training.Learning;

/// <summary>A selection of panel rows with their labels (training, validation or evaluation).</summary>
internal sealed class RowSet(FeaturePanel panel, int[] rows, bool[] labels)
{
    public FeaturePanel Panel { get; } = panel;

    public int[] Rows { get; } = rows;

    public bool[] Labels { get; } = labels;

    public int Count => Rows.Length;

    public int Positives => Labels.Count(l => l);

    public ReadOnlySpan<float> Features(int i) => Panel.Row(Rows[i]);

    /// <summary>The rows as ML.NET examples (a fresh array per row: ML.NET may keep references while it caches).</summary>
    /// <remarks>The features at <paramref name="withheld"/> (schema indexes) are given as missing.</remarks>
    public IEnumerable<PanelRow> Examples(IReadOnlyList<int>? withheld = null)
    {
        for (var i = 0; i < Rows.Length; i++)
        {
            var features = Features(i).ToArray();
            if (withheld is not null)
            {
                foreach (var f in withheld)
                {
                    features[f] = float.NaN;
                }
            }

            yield return new PanelRow { Features = features, Label = Labels[i] };
        }
    }
}
