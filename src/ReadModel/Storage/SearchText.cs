using System.Globalization;
using System.Text;

namespace SignauxFaibles.ReadModel.Storage;

/// <summary>
/// Folds a raison sociale to lower-case ASCII without accents, the form both the stored
/// <c>search_text</c> column and the free-text filter use, so the match is the same on every provider.
/// </summary>
internal static class SearchText
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }
}
