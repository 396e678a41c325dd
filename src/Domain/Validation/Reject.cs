using System.Text;

namespace SignauxFaibles.Domain.Validation;

/// <summary>One reason to reject a value: a code, the field it concerns and a human-readable detail.</summary>
public sealed record Reject(RejectCode Code, string Field, string Detail)
{
    /// <summary>The code as it appears on the wire (snake_case), e.g. <c>invalid_siret_checksum</c>.</summary>
    public string CodeName => ToSnakeCase(Code);

    public override string ToString() => $"{CodeName} ({Field}): {Detail}";

    public static string ToSnakeCase(RejectCode code)
    {
        var name = code.ToString();
        var sb = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0)
                {
                    sb.Append('_');
                }

                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
