namespace SignauxFaibles.Domain.Validation;

/// <summary>How strict event validation is.</summary>
public sealed record ValidationOptions
{
    /// <summary>Production default: check digits are verified (with the documented exceptions).</summary>
    public static readonly ValidationOptions Strict = new();

    /// <summary>
    /// Shape-only identifiers: check digits are not verified. Used to replay the original parsers'
    /// anonymised test corpus, whose identifiers (00000000000000, 11111111111111...) are not real.
    /// </summary>
    public static readonly ValidationOptions ShapeOnly = new() { VerifyCheckDigits = false };

    public bool VerifyCheckDigits { get; init; } = true;

    /// <summary>Largest absolute amount accepted, EUR.</summary>
    public decimal MaxAbsoluteAmount { get; init; } = 100_000_000_000m;

    /// <summary>Largest headcount accepted (the largest French employers have a few hundred thousand).</summary>
    public int MaxHeadcount { get; init; } = 1_000_000;

    /// <summary>Largest number of activité partielle hours accepted on one line.</summary>
    public double MaxHours { get; init; } = 1_000_000_000;

    /// <summary>Default of <see cref="MaxInputBytes"/>: 256 KiB, a hundred times the largest valid event.</summary>
    public const int DefaultMaxInputBytes = 256 * 1024;

    /// <summary>
    /// Largest message (bytes) or partner-file line (characters) decoded; anything larger is rejected
    /// unread as <c>oversized_input</c>.
    /// </summary>
    public int MaxInputBytes { get; init; } = DefaultMaxInputBytes;

    /// <summary>Earliest and latest dates accepted.</summary>
    public DateOnly MinDate { get; init; } = new(1900, 1, 1);

    public DateOnly MaxDate { get; init; } = new(2100, 12, 31);
}
