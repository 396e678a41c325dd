using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using SignauxFaibles.Web.Hosting;

namespace SignauxFaibles.Web.Security;

/// <summary>Checks local account credentials and builds the identity an agent signs in with.</summary>
public sealed class LocalAccounts(IOptions<WebOptions> options)
{
    private IReadOnlyList<LocalAccount> Accounts =>
        options.Value.Authentication != "Local" ? []
        : options.Value.Accounts.Count > 0 ? options.Value.Accounts
        : DevelopmentAccounts.All;

    /// <summary>The principal of the account, or null when the login or password is wrong (same answer for both).</summary>
    public ClaimsPrincipal? SignIn(string? login, string? password, string scheme)
    {
        if (string.IsNullOrEmpty(login) || string.IsNullOrEmpty(password))
        {
            return null;
        }

        var account = Accounts.FirstOrDefault(a => string.Equals(a.Login, login, StringComparison.Ordinal));
        var expected = Encoding.UTF8.GetBytes(account?.Password ?? "\0");
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.UTF8.GetBytes(password)) || account is null)
        {
            return null;
        }

        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, account.Login),
            new(ClaimTypes.Name, account.Login),
            new("name", string.IsNullOrEmpty(account.Name) ? account.Login : account.Name),
        };
        claims.AddRange(account.Roles.Select(r => new Claim(ClaimTypes.Role, r)));
        claims.AddRange(account.Departements.Select(d => new Claim(AgentClaims.Departement, d)));
        claims.AddRange(account.Regions.Select(r => new Claim(AgentClaims.Region, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }
}
