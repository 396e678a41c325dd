namespace SignauxFaibles.Training.Stages;

/// <summary>What the stages of a run note for its report: seconds per step, and the notes a reader should see.</summary>
internal sealed class StageLog
{
    public Dictionary<string, double> Timings { get; } = new(StringComparer.Ordinal);

    public List<string> Notes { get; } = [];
}
