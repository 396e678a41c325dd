namespace SignauxFaibles.ReadModel;

/// <summary>
/// One page of the detection list. <see cref="Total"/> counts every row matching the query;
/// <see cref="Counts"/> counts the red, orange and first alerts among them.
/// </summary>
public sealed record DetectionListPage(
    DateOnly ListDate,
    IReadOnlyList<DetectionRow> Rows,
    int Total,
    LevelCounts Counts,
    int Page,
    int PageSize);

/// <summary>Risque élevé (red), risque modéré (orange) and premières alertes.</summary>
public sealed record LevelCounts(int Eleve, int Modere, int PremieresAlertes);
