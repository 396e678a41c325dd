using System.Text;

namespace SignauxFaibles.ReadModel.Storage;

/// <summary>
/// Folds a raison sociale to lower case without the accents of French and the ligatures, the form both the
/// stored <c>search_text</c> column and the free-text filter use, so the match is the same on every provider.
/// An explicit table rather than Unicode normalisation: the apps run with invariant globalization.
/// </summary>
internal static class SearchText
{
    private const string Accented = "àâäáãåçéèêëíìîïñóòôöõúùûüýÿ";
    private const string Plain = "aaaaaaceeeeiiiinooooouuuuyy";

    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var sb = new StringBuilder(text.Length);
        foreach (var raw in text)
        {
            var c = char.ToLowerInvariant(raw);
            var i = Accented.IndexOf(c, StringComparison.Ordinal);
            if (i >= 0)
            {
                sb.Append(Plain[i]);
            }
            else if (c == 'œ')
            {
                sb.Append("oe");
            }
            else if (c == 'æ')
            {
                sb.Append("ae");
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
