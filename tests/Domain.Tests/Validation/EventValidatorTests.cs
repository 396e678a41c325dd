using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Identifiers;
using SignauxFaibles.Domain.Tests.Wire;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Domain.Validation;

namespace SignauxFaibles.Domain.Tests.Validation;

public class EventValidatorTests
{
    private static readonly Debit ValidDebit = SampleEvents.All.OfType<Debit>().Single();

    private static RejectCode[] Codes(FirmEvent e, ValidationOptions? o = null) =>
        [.. EventValidator.Validate(e, o).Select(r => r.Code)];

    [Fact]
    public void Validate_SiretOfAnotherFirm_IsSirenSiretMismatch() =>
        Assert.Equal([RejectCode.SirenSiretMismatch], Codes(ValidDebit with { Siret = Siret.Complete(Siren.Complete("12345678"), "0001") }));

    [Fact]
    public void Validate_BadChecksum_IsRejectedStrictButNotShapeOnly()
    {
        var e = ValidDebit with { Siren = "111111111", Siret = "11111111111111" };
        Assert.Equal([RejectCode.InvalidSirenChecksum, RejectCode.InvalidSiretChecksum], Codes(e));
        Assert.Empty(Codes(e, ValidationOptions.ShapeOnly));
    }

    [Fact]
    public void Validate_PseudoSiret_IsAcceptedAndFlagged()
    {
        var e = ValidDebit with { Siret = "54210765150012" };
        Assert.Empty(EventValidator.Validate(e, ValidationOptions.Strict, out var notes));
        Assert.True(notes.HasFlag(IdentifierNotes.PseudoSiret));
    }

    [Fact]
    public void Validate_EmptyPeriod_IsInvalidRange() =>
        Assert.Equal([RejectCode.InvalidRange], Codes(ValidDebit with { PeriodeFin = ValidDebit.PeriodeDebut }));

    [Fact]
    public void Validate_AbsurdAmount_IsAmountOutOfRange() =>
        Assert.Equal([RejectCode.AmountOutOfRange], Codes(ValidDebit with { PartPatronale = 1e15m }));

    [Fact]
    public void Validate_NegativeHeadcount_IsHeadcountOutOfRange()
    {
        var e = new EffectifEntreprise { Siren = ValidDebit.Siren, DeliveredOn = ValidDebit.DeliveredOn, Months = [new(Month.Of(2024, 1), -3)] };
        Assert.Equal([RejectCode.HeadcountOutOfRange], Codes(e));
    }

    [Fact]
    public void Validate_RepeatedMonth_IsInvalidRange()
    {
        var m = Month.Of(2024, 1);
        var e = new EffectifEntreprise { Siren = ValidDebit.Siren, DeliveredOn = ValidDebit.DeliveredOn, Months = [new(m, 3), new(m, 4)] };
        Assert.Equal([RejectCode.InvalidRange], Codes(e));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(-1.0)]
    [InlineData(double.PositiveInfinity)]
    public void Validate_BadHours_IsHoursOutOfRange(double hours)
    {
        var e = SampleEvents.All.OfType<ApConsommation>().Single() with { HeuresConsommees = hours };
        Assert.Equal([RejectCode.HoursOutOfRange], Codes(e));
    }

    [Theory]
    [InlineData(0, null)]
    [InlineData(6, null)]
    [InlineData(null, 5)]
    public void Validate_MotiveOrPerimeterOutsideList_IsUnknownCode(int? motif, int? perimetre)
    {
        var e = SampleEvents.All.OfType<ApDemande>().Single() with { MotifRecours = motif, Perimetre = perimetre };
        Assert.Equal([RejectCode.UnknownCode], Codes(e));
    }

    [Fact]
    public void Validate_UnknownCcsfStage_IsUnknownCode() =>
        Assert.Equal([RejectCode.UnknownCode], Codes(SampleEvents.All.OfType<Ccsf>().Single() with { Stade = "PEUT-ETRE" }));

    [Fact]
    public void Validate_ApRequestEndingBeforeItStarts_IsInvalidRange()
    {
        var a = SampleEvents.All.OfType<ApDemande>().Single();
        Assert.Equal([RejectCode.InvalidRange], Codes(a with { PeriodeFin = a.PeriodeDebut.AddDays(-1) }));
    }

    [Fact]
    public void Validate_DateOutsideCenturies_IsInvalidDate() =>
        Assert.Equal([RejectCode.InvalidDate], Codes(ValidDebit with { DateTraitement = new DateOnly(1850, 1, 1) }));

    [Fact]
    public void RejectCodeName_IsSnakeCase() =>
        Assert.Equal("invalid_siret_checksum", new Reject(RejectCode.InvalidSiretChecksum, "siret", "").CodeName);
}
