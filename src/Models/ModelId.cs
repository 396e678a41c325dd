namespace SignauxFaibles.Models;

/// <summary>Model version ids name folders and travel in every score: a short, safe alphabet.</summary>
public static class ModelId
{
    public const int MaxLength = 64;

    public static bool IsValid(string? id) =>
        !string.IsNullOrEmpty(id)
        && id.Length <= MaxLength
        && id[0] is not ('.' or '-')
        && id.All(static c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-');
}
