using System.Text.RegularExpressions;

namespace SignauxFaibles.Repository.Tests;

/// <summary>
/// No secret is committed: private keys, cloud and forge tokens, and passwords in connection strings or
/// settings other than the local test services' documented <c>sf</c>/<c>sf</c> (docs/testing.md) fail the run.
/// Production secrets come from the environment (<c>Kafka__Client__*</c>, connection strings).
/// </summary>
public partial class SecretScanTests
{
    // Passwords that are not secrets: the local test services' role and placeholders in docs.
    private static readonly string[] KnownPasswords = ["sf", "postgres", "<password>", "..."];

    [Fact]
    public void NoFile_HoldsASecret()
    {
        var findings = new List<string>();
        foreach (var file in RepositoryTree.Files(".", ".cs", ".json", ".yml", ".yaml", ".sh", ".md", ".props", ".csproj", ".env", ".config", ".xml", ".txt", "run"))
        {
            // The vendored corpus is public anonymised data; this file holds made-up examples.
            if (new FileInfo(file).Length > 2_000_000 || file.Contains("/tests/conformance/", StringComparison.Ordinal)
                || file.EndsWith("/" + nameof(SecretScanTests) + ".cs", StringComparison.Ordinal))
            {
                continue;
            }

            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (Secret().IsMatch(lines[i]))
                {
                    findings.Add($"{RepositoryTree.Relative(file)}:{i + 1}: looks like a key or token");
                }

                // In C#, only connection-string literals ("...;Password=x;..."): `Password = options.Password` is code.
                var passwords = file.EndsWith(".cs", StringComparison.Ordinal) ? ConnectionStringPassword().Matches(lines[i]) : Password().Matches(lines[i]);
                foreach (Match m in passwords)
                {
                    var value = m.Groups[1].Value;
                    if (!KnownPasswords.Contains(value, StringComparer.Ordinal) && value[0] is not ('$' or '{' or '%' or '<'))
                    {
                        findings.Add($"{RepositoryTree.Relative(file)}:{i + 1}: password '{m.Groups[1].Value[..Math.Min(2, m.Groups[1].Value.Length)]}…'");
                    }
                }
            }
        }

        Assert.True(findings.Count == 0, "possible secrets under version control (use environment variables):\n" + string.Join('\n', findings));
    }

    [Theory]
    [InlineData("-----BEGIN RSA PRIVATE KEY-----")]
    [InlineData("aws_access_key_id = AKIAIOSFODNN7EXAMPLE")]
    [InlineData("token: ghp_0123456789abcdefghijklmnopqrstuvwxyz")]
    public void TheScan_RecognisesKeysAndTokens(string line) => Assert.Matches(Secret(), line);

    [Theory]
    [InlineData("Host=db;Username=sf;Password=hunter2;Database=x", "hunter2")]
    [InlineData("\"sasl.password\": \"s3cret\"", "s3cret")]
    public void TheScan_RecognisesPasswords(string line, string password) => Assert.Equal(password, Password().Match(line).Groups[1].Value);

    [GeneratedRegex(@"-----BEGIN [A-Z ]*PRIVATE KEY-----|\bAKIA[0-9A-Z]{16}\b|\bgh[pousr]_[A-Za-z0-9]{36}\b|\bxox[abprs]-[A-Za-z0-9-]{10,}|\bsk_live_[A-Za-z0-9]{16,}")]
    private static partial Regex Secret();

    [GeneratedRegex(@"(?i)password[""']?\s*[:=]\s*[""']?([^;""'\s,)]+)")]
    private static partial Regex Password();

    [GeneratedRegex(@"(?i)\bpassword=([^;""'\s{]+)")]
    private static partial Regex ConnectionStringPassword();
}
