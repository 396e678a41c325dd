namespace SignauxFaibles.Formats.Core;

/// <summary>
/// A one-slot string cache: partner files are sorted by account or establishment, so consecutive lines
/// usually repeat the same identifier. Returning the previous instance when the text is unchanged saves
/// one allocation per field on such runs. Not thread-safe: one per column per file being read.
/// </summary>
public sealed class RecentString
{
    private string last = "";

    public string Get(ReadOnlySpan<char> text)
    {
        if (text.SequenceEqual(last))
        {
            return last;
        }

        last = text.ToString();
        return last;
    }
}
