namespace SignauxFaibles.Training.Evaluation;

/// <summary>Published quality of the original system (domain.md §5), for reference; NaN when not published.</summary>
public sealed record PublishedFigures(string System, double RocAuc, double AucPr, double RedPrecision, double RedRecall, double OrangePrecision, double OrangeRecall)
{
    public static IReadOnlyList<PublishedFigures> Original { get; } =
    [
        new("Signaux Faibles, random forest (100 trees, depth 9), real data, March 2024", 0.93, 0.51, 0.62, 0.37, 0.36, 0.69),
        new("Signaux Faibles, logistic regression, 2021", 0.85, 0.36, double.NaN, double.NaN, double.NaN, double.NaN),
    ];
}
