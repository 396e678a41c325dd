namespace SignauxFaibles.Training.Learning;

/// <summary>One training example as ML.NET reads it.</summary>
internal sealed class PanelRow
{
    public float[] Features { get; set; } = [];

    public bool Label { get; set; }
}
