using Microsoft.Extensions.Options;

namespace SignauxFaibles.Web.Hosting;

/// <summary>Refuses a web configuration that cannot work, at start-up, with the setting to fix.</summary>
public sealed class WebOptionsValidator : IValidateOptions<WebOptions>
{
    public ValidateOptionsResult Validate(string? name, WebOptions options)
    {
        var errors = new List<string>();
        if (options.Authentication is not ("Local" or "Oidc"))
        {
            errors.Add($"Web:Authentication must be Local or Oidc, not '{options.Authentication}'.");
        }

        if (options.Store.Provider is not ("Sqlite" or "Postgres"))
        {
            errors.Add($"Web:Store:Provider must be Sqlite or Postgres, not '{options.Store.Provider}'.");
        }

        if (string.IsNullOrWhiteSpace(options.Store.ConnectionString))
        {
            errors.Add("Web:Store:ConnectionString is required.");
        }

        if (options.LiveBuffer is < 1 or > 100_000)
        {
            errors.Add("Web:LiveBuffer must be between 1 and 100000.");
        }

        foreach (var a in options.Accounts.Where(a => string.IsNullOrWhiteSpace(a.Login) || string.IsNullOrEmpty(a.Password)))
        {
            errors.Add($"Web:Accounts: account '{a.Login}' needs a login and a password.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
