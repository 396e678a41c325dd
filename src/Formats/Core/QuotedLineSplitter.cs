namespace SignauxFaibles.Formats.Core;

/// <summary>
/// Splits one line that contains quotes, following RFC 4180 within the line: a quoted field starts and
/// ends with a quote and doubles its inner quotes. Anything else (a quote inside an unquoted field, an
/// unterminated quoted field, text after a closing quote) is malformed. Partner exports are one record per
/// line, so a quoted field spanning lines is malformed too. Only used on the rare lines holding a quote:
/// the fast path reads with quote parsing disabled so that a stray quote cannot swallow the following lines.
/// </summary>
public static class QuotedLineSplitter
{
    public static bool TrySplit(ReadOnlySpan<char> line, char separator, out string[] fields, out string error)
    {
        var result = new List<string>();
        var sb = new System.Text.StringBuilder();
        var i = 0;
        while (true)
        {
            sb.Clear();
            if (i < line.Length && line[i] == '"')
            {
                i++;
                var closed = false;
                while (i < line.Length)
                {
                    var c = line[i];
                    if (c == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            sb.Append('"');
                            i += 2;
                            continue;
                        }

                        closed = true;
                        i++;
                        break;
                    }

                    sb.Append(c);
                    i++;
                }

                if (!closed)
                {
                    fields = [];
                    error = $"column {result.Count + 1}: quoted field not terminated on its line";
                    return false;
                }

                if (i < line.Length && line[i] != separator)
                {
                    fields = [];
                    error = $"column {result.Count + 1}: extraneous \" in field";
                    return false;
                }
            }
            else
            {
                var start = i;
                while (i < line.Length && line[i] != separator)
                {
                    if (line[i] == '"')
                    {
                        fields = [];
                        error = $"column {result.Count + 1}: bare \" in non-quoted field";
                        return false;
                    }

                    i++;
                }

                sb.Append(line[start..i]);
            }

            result.Add(sb.ToString());
            if (i >= line.Length)
            {
                break;
            }

            i++; // separator
        }

        fields = [.. result];
        error = "";
        return true;
    }
}
