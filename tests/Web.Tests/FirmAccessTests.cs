using System.Security.Claims;
using SignauxFaibles.Web.Security;

namespace SignauxFaibles.Web.Tests;

public sealed class FirmAccessTests
{
    private static Agent AgentOf(string login)
    {
        var principal = new LocalAccountsProbe().SignIn(login);
        return AgentClaims.From(principal) ?? throw new InvalidOperationException(login);
    }

    [Fact]
    public void CanOpen_AgentOfOneDepartement_OnlyHisDepartementOrFollowed()
    {
        var agent = AgentOf("agent75");

        Assert.True(FirmAccess.CanOpen(agent, "75", followed: false));
        Assert.False(FirmAccess.CanOpen(agent, "13", followed: false));
        Assert.False(FirmAccess.CanOpen(agent, null, followed: false));
        Assert.True(FirmAccess.CanOpen(agent, "13", followed: true));
    }

    [Fact]
    public void CanOpen_RegionalAgent_CoversTheDepartementsOfHisRegion()
    {
        var agent = AgentOf("idf");

        Assert.True(FirmAccess.CanOpen(agent, "75", false));
        Assert.True(FirmAccess.CanOpen(agent, "93", false));
        Assert.False(FirmAccess.CanOpen(agent, "13", false));
    }

    [Fact]
    public void CanOpen_NationalAndAdmin_EveryDepartement()
    {
        Assert.True(FirmAccess.CanOpen(AgentOf("national"), "2A", false));
        Assert.True(FirmAccess.CanOpen(AgentOf("admin"), "971", false));
    }

    [Fact]
    public void CanSee_ScoreOnlyAgent_SeesDetectionButNoPartnerBlock()
    {
        var agent = AgentOf("score13");

        Assert.True(FirmAccess.CanSee(agent, FirmBlock.Detection));
        Assert.False(FirmAccess.CanSee(agent, FirmBlock.Urssaf));
        Assert.False(FirmAccess.CanSee(agent, FirmBlock.ActivitePartielle));
        Assert.False(FirmAccess.CanSee(agent, FirmBlock.Financier));
    }

    [Fact]
    public void AgentClaims_Unauthenticated_IsNull() =>
        Assert.Null(AgentClaims.From(new ClaimsPrincipal(new ClaimsIdentity())));

    [Fact]
    public void SignIn_WrongPassword_Refused() =>
        Assert.Null(new LocalAccountsProbe().Accounts.SignIn("admin", "wrong", "test"));

    /// <summary>The seeded development accounts, as the app signs them in.</summary>
    private sealed class LocalAccountsProbe
    {
        public LocalAccounts Accounts { get; } = new(Microsoft.Extensions.Options.Options.Create(new Hosting.WebOptions()));

        public ClaimsPrincipal SignIn(string login) =>
            Accounts.SignIn(login, DevelopmentAccounts.Password, "test") ?? throw new InvalidOperationException(login);
    }
}
