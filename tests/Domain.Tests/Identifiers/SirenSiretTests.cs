using SignauxFaibles.Domain.Identifiers;
using SignauxFaibles.Domain.Validation;

namespace SignauxFaibles.Domain.Tests.Identifiers;

public class SirenSiretTests
{
    [Theory]
    [InlineData("542107651")] // a real SIREN (Luhn-valid)
    [InlineData("356000000")] // La Poste: the documented exception
    [InlineData("000000000")]
    public void Siren_Valid_IsAccepted(string siren) => Assert.Null(Siren.Validate(siren));

    [Theory]
    [InlineData("542107652", RejectCode.InvalidSirenChecksum)]
    [InlineData("111111111", RejectCode.InvalidSirenChecksum)]
    [InlineData("12345678", RejectCode.InvalidSirenFormat)]
    [InlineData("12345678A", RejectCode.InvalidSirenFormat)]
    [InlineData("", RejectCode.MissingField)]
    public void Siren_Invalid_IsRejectedWithReason(string siren, RejectCode expected) =>
        Assert.Equal(expected, Siren.Validate(siren)!.Code);

    [Fact]
    public void Siren_LaPoste_IsFlagged()
    {
        Assert.Null(Siren.Validate(Siren.LaPoste, "siren", out var notes));
        Assert.Equal(IdentifierNotes.LaPosteException, notes);
    }

    [Theory]
    [InlineData("54210765100011")]
    [InlineData("35600000000048")]
    public void Siret_Valid_IsAccepted(string siret) => Assert.Null(Siret.Validate(siret));

    [Fact]
    public void Siret_LaPosteWithAnyCheckDigit_IsAcceptedAndFlagged()
    {
        Assert.Null(Siret.Validate("35600000012345", "siret", out var notes));
        Assert.Equal(IdentifierNotes.LaPosteException, notes);
    }

    [Fact]
    public void Siret_PseudoWithBadCheckDigit_IsAcceptedAndFlagged()
    {
        // 10th character 5: temp-work pseudo-SIRET.
        Assert.Null(Siret.Validate("54210765150012", "siret", out var notes));
        Assert.True(notes.HasFlag(IdentifierNotes.PseudoSiret));
    }

    [Fact]
    public void Siret_ProvisionalWithLetters_IsAcceptedAndFlagged()
    {
        Assert.Null(Siret.Validate("542107651A0012", "siret", out var notes));
        Assert.True(notes.HasFlag(IdentifierNotes.ProvisionalSiret));
    }

    [Theory]
    [InlineData("54210765100012", RejectCode.InvalidSiretChecksum)]
    [InlineData("5421076510001", RejectCode.InvalidSiretFormat)]
    [InlineData("5421076A100011", RejectCode.InvalidSiretFormat)]
    [InlineData("54210765-00011", RejectCode.InvalidSiretFormat)]
    public void Siret_Invalid_IsRejectedWithReason(string siret, RejectCode expected) =>
        Assert.Equal(expected, Siret.Validate(siret)!.Code);

    [Fact]
    public void Complete_ProducesValidIdentifiers()
    {
        var siren = Siren.Complete("12345678");
        Assert.True(Siren.IsValid(siren));
        var siret = Siret.Complete(siren, "0001");
        Assert.True(Siret.IsValid(siret));
        Assert.Equal(siren, Siret.SirenOf(siret));
    }
}
