using System.Collections.Immutable;
using System.Text.Json;
using SignauxFaibles.Contracts;
using SignauxFaibles.Domain.Alerts;
using SignauxFaibles.Domain.Features;
using SignauxFaibles.Domain.Scoring;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Ingest.Scores;

namespace SignauxFaibles.Ingest.Tests.Scores;

public class ScoreChangeTests
{
    private static readonly Month March = Month.Of(2024, 3);

    [Fact]
    public void IdFor_SameFields_SameId_AnyFieldChanged_OtherId()
    {
        var id = ScoreChange.IdFor("542107651", 3, March, "m-1", 0.125);
        Assert.Equal(id, ScoreChange.IdFor("542107651", 3, March, "m-1", 0.125));
        Guid[] others =
        [
            ScoreChange.IdFor("552100554", 3, March, "m-1", 0.125),
            ScoreChange.IdFor("542107651", 4, March, "m-1", 0.125),
            ScoreChange.IdFor("542107651", 3, March.Next, "m-1", 0.125),
            ScoreChange.IdFor("542107651", 3, March, "m-2", 0.125),
            ScoreChange.IdFor("542107651", 3, March, "m-1", 0.125000000001),
            ScoreChange.IdFor("542107651", 3, March, "m-1", null),
        ];
        Assert.Equal(others.Length + 1, others.Append(id).Distinct().Count());
    }

    [Fact]
    public void IsChange_OnlyValueOrModelVersionOrScoredness()
    {
        var score = Score(0.2, "m-1", March);
        Assert.False(ScoreChange.IsChange(null, null));
        Assert.False(ScoreChange.IsChange(score, score with { Month = March.Next }));
        Assert.True(ScoreChange.IsChange(score, score with { Probability = 0.21 }));
        Assert.True(ScoreChange.IsChange(score, score with { ModelVersion = "m-2" }));
        Assert.True(ScoreChange.IsChange(null, score));
        Assert.True(ScoreChange.IsChange(score, null));
    }

    [Fact]
    public void Serialize_MissingFeatureValueAndNoScore_ValidJsonWithNulls()
    {
        var change = new ScoreChange
        {
            Id = ScoreChange.IdFor("542107651", 0, March, "m-1", null),
            Siren = "542107651",
            Month = March,
            ModelVersion = "m-1",
            Score = null,
            PreviousScore = 0.3,
            Level = AlertLevel.HorsPerimetre,
            AsOf = new DateOnly(2024, 4, 20),
            Sequence = 0,
            TopFeatures = [new FeatureContribution("dette_sur_cotisation", FeatureGroup.DetteSociale, double.NaN, 0.4)],
        };

        var json = JsonDocument.Parse(ScoreJson.Serialize(change)).RootElement;

        Assert.Equal(change.Id, json.GetProperty("id").GetGuid());
        Assert.Equal("2024-03", json.GetProperty("month").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("score").ValueKind);
        Assert.Equal(0.3, json.GetProperty("previousScore").GetDouble());
        Assert.Equal("hors_perimetre", json.GetProperty("level").GetString());
        Assert.Equal("2024-04-20", json.GetProperty("asOf").GetString());
        var feature = Assert.Single(json.GetProperty("topFeatures").EnumerateArray());
        Assert.Equal("dette_sociale", feature.GetProperty("group").GetString());
        Assert.Equal(JsonValueKind.Null, feature.GetProperty("value").ValueKind);
    }

    private static RiskScore Score(double p, string model, Month month) => new()
    {
        Siren = "542107651",
        Month = month,
        ModelVersion = model,
        Probability = p,
        BaseLogOdds = -3,
        Contributions = ImmutableArray<FeatureContribution>.Empty,
    };
}
