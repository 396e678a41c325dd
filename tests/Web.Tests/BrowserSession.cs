using Microsoft.Playwright;
using SignauxFaibles.Web.Security;

namespace SignauxFaibles.Web.Tests;

/// <summary>
/// Debian's chromium driven by Microsoft.Playwright (it cannot download its own browsers here), headless,
/// signed in as one seeded account. Fails loudly when chromium is missing (scripts/install-chromium.sh).
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    public const string Chromium = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private BrowserSession(IPlaywright playwright, IBrowser browser, IBrowserContext context, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        Context = context;
        Page = page;
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public static async Task<BrowserSession> SignInAsync(Uri baseAddress, string login)
    {
        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException($"{Chromium} is missing: run scripts/install-chromium.sh (apt-get install -y chromium).");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            AcceptDownloads = true,
            Locale = "fr-FR",
            ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
        });
        // Generous: the shared CI machine may be heavily loaded.
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/connexion");
        await page.FillAsync("#identifiant", login);
        await page.FillAsync("#motdepasse", DevelopmentAccounts.Password);
        await page.ClickAsync("button[type=submit]:has-text('Se connecter')");
        await page.WaitForSelectorAsync("#agent-nom");
        return new BrowserSession(playwright, browser, context, page);
    }

    /// <summary>Saves a full-page screenshot when SF_SCREENSHOTS names a folder (docs/screenshots is refreshed this way).</summary>
    public async Task ScreenshotAsync(string name)
    {
        var folder = Environment.GetEnvironmentVariable("SF_SCREENSHOTS");
        var path = Path.Combine(string.IsNullOrEmpty(folder) ? Path.GetTempPath() : folder, name);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
    }

    public async ValueTask DisposeAsync()
    {
        await Context.DisposeAsync();
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
