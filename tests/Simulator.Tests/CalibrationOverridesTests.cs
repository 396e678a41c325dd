using SignauxFaibles.Simulator.Economy;

namespace SignauxFaibles.Simulator.Tests;

public sealed class CalibrationOverridesTests
{
    [Fact]
    public void TryApply_KnownKnobs_ChangesThemAndLeavesTheDefaultAlone()
    {
        Assert.True(CalibrationOverrides.TryApply(Calibration.Default, ["HazardSlope=1.5", "crisissupportextramonths=6"], out var c, out var error));
        Assert.Null(error);
        Assert.Equal(1.5, c.HazardSlope);
        Assert.Equal(6, c.CrisisSupportExtraMonths);
        Assert.NotEqual(1.5, Calibration.Default.HazardSlope);
        Assert.Equal(Calibration.Default.DebtSlope, c.DebtSlope);
    }

    [Theory]
    [InlineData("NoSuchKnob=1")]
    [InlineData("HazardSlope")]
    [InlineData("HazardSlope=steep")]
    [InlineData("CrisisSupportExtraMonths=1.5")]
    public void TryApply_BadOverride_FailsWithAReason(string text)
    {
        Assert.False(CalibrationOverrides.TryApply(Calibration.Default, [text], out _, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }
}
