namespace SignauxFaibles.Training.Evaluation;

/// <summary>
/// One explanation group's importance: the mean over rows of the absolute SHAP value of the group (the sum
/// of its features' contributions, in log-odds, as its bar in the waterfall), and its share of the groups' total.
/// </summary>
public sealed record GroupImportance(string Group, string Label, double MeanAbsShap, double Share);
