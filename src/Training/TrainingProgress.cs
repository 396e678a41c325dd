namespace SignauxFaibles.Training;

/// <summary>Where a training run is: a stage and its completed fraction (0..1), with a short message.</summary>
public sealed record TrainingProgress(string Stage, double Fraction, string Message);
