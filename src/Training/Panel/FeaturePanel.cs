using SignauxFaibles.Domain.Features;
using SignauxFaibles.Domain.Population;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Training.Panel;

/// <summary>
/// The point-in-time SIREN x month panel, compact: one row per in-perimeter firm-month kept, features as
/// float in <see cref="FeatureSchema"/> order (row-major), each row's standing (<see cref="PopulationRule"/> at
/// the month's last day, as the grain reads it), plus the firms with their judgments.
/// </summary>
internal sealed class FeaturePanel(
    IReadOnlyList<FirmTrack> firms, int[] rowFirm, int[] rowMonth, float[] features, FirmStanding[] standings, Month firstMonth, Month lastMonth)
{
    public static int Width => FeatureSchema.Count;

    public IReadOnlyList<FirmTrack> Firms { get; } = firms;

    public int Count => rowFirm.Length;

    /// <summary>The log's first and last delivery months.</summary>
    public Month FirstMonth { get; } = firstMonth;

    public Month LastMonth { get; } = lastMonth;

    public FirmTrack FirmOf(int row) => Firms[rowFirm[row]];

    public Month MonthOf(int row) => new(rowMonth[row]);

    public ReadOnlySpan<float> Row(int row) => features.AsSpan(row * Width, Width);

    public float Value(int row, int feature) => features[(row * Width) + feature];

    /// <summary>The firm's procédure state and closure at the row's month, as known at its delivery cut.</summary>
    public FirmStanding StandingOf(int row) => standings[row];
}
