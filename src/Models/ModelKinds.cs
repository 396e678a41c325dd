namespace SignauxFaibles.Models;

/// <summary>The scorer kinds a manifest can name.</summary>
public static class ModelKinds
{
    /// <summary>The hand-set logistic formula (<see cref="TransparentModelFile"/>).</summary>
    public const string TransparentLogit = "transparent-logit";

    /// <summary>A trained tree ensemble with a calibration (written by the trainer).</summary>
    public const string TreeEnsemble = "tree-ensemble";
}
