namespace SignauxFaibles.ReadModel;

/// <summary>The arrow next to the chiffre d'affaires (domain.md §6): up above +5 %, down below -5 % year on year.</summary>
public enum CaTrend
{
    Unknown,
    Stable,
    Up,
    Down,
}
