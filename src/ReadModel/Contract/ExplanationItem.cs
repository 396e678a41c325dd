namespace SignauxFaibles.ReadModel;

/// <summary>One feature of a row's explanation summary: its code, group code and contribution to the score.</summary>
public sealed record ExplanationItem(string Feature, string Group, double Contribution);
