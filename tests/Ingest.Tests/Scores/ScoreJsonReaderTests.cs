using System.Text;
using SignauxFaibles.Contracts;
using SignauxFaibles.Domain.Alerts;
using SignauxFaibles.Domain.Features;
using SignauxFaibles.Domain.Scoring;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Ingest.Scores;

namespace SignauxFaibles.Ingest.Tests.Scores;

public class ScoreJsonReaderTests
{
    private static ScoreChange Change(DetectionFigures? figures) => new()
    {
        Id = ScoreChange.IdFor("542107651", 2, Month.Of(2026, 1), "m-1", 0.25),
        Siren = "542107651",
        Month = Month.Of(2026, 1),
        ModelVersion = "m-1",
        Score = 0.25,
        PreviousScore = 0.1,
        Level = AlertLevel.Modere,
        AsOf = new DateOnly(2026, 2, 20),
        Sequence = 2,
        TopFeatures = [new FeatureContribution("ratio_dette", FeatureGroup.DetteSociale, 1.5, 0.12)],
        Figures = figures,
    };

    [Fact]
    public void Read_SerializedChangeWithFigures_GivesItBack()
    {
        var figures = new DetectionFigures
        {
            RaisonSociale = "Société Générale d'Usinage",
            Departement = "69",
            Departements = ["01", "69"],
            Ape = "25.62B",
            DateCreation = new DateOnly(2001, 4, 1),
            Procedure = "plan_continuation",
            ProcedureDate = new DateOnly(2024, 6, 1),
            DetteUrssafEnHausse = true,
            DelaiUrssafEnCours = true,
            Effectif = 42,
            ChiffreAffaires = 3_500_000,
            ChiffreAffairesVariation = -0.07,
            ResultatExploitation = -12_000,
            ExcedentBrutExploitation = 40_000,
        };

        var read = ScoreJsonReader.Read(ScoreJson.Serialize(Change(figures)));

        Assert.Equal(Change(null) with { Figures = null, TopFeatures = [] }, read with { Figures = null, TopFeatures = [] });
        Assert.Equal(figures with { Departements = [] }, read.Figures! with { Departements = [] });
        Assert.Equal(["01", "69"], read.Figures!.Departements.ToArray());
        Assert.Equal(Change(null).TopFeatures.ToArray(), read.TopFeatures.ToArray());
    }

    [Fact]
    public void Read_ChangeWithoutFigures_FromAnOlderProducer_HasNone() =>
        Assert.Null(ScoreJsonReader.Read(ScoreJson.Serialize(Change(null))).Figures);

    [Fact]
    public void Serialize_UnknownFigure_IsNullNotNaN()
    {
        var json = Encoding.UTF8.GetString(ScoreJson.Serialize(Change(new DetectionFigures { Effectif = double.NaN })));

        Assert.Contains("\"effectif\":null", json, StringComparison.Ordinal);
        Assert.Null(ScoreJsonReader.Read(Encoding.UTF8.GetBytes(json)).Figures!.Effectif);
    }

    [Fact]
    public void Read_NotAScoreChange_FormatExceptionWithTheReason()
    {
        var ex = Assert.Throws<FormatException>(() => ScoreJsonReader.Read("{\"siren\":\"542107651\"}"u8));
        Assert.Contains("not a score change", ex.Message, StringComparison.Ordinal);
    }
}
