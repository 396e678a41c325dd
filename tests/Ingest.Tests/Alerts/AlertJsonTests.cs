using System.Text.Json;
using SignauxFaibles.Domain.Alerts;
using SignauxFaibles.Domain.Features;
using SignauxFaibles.Domain.Population;
using SignauxFaibles.Domain.Scoring;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Ingest.Alerts;

namespace SignauxFaibles.Ingest.Tests.Alerts;

/// <summary>The alerts topic's body: stable string codes, with French labels where people read them.</summary>
public class AlertJsonTests
{
    [Fact]
    public void Serialize_FirmLeavingTheListForALiquidation_WritesCodesLabelsAndTheReason()
    {
        var alert = new AlertEvent
        {
            Id = Guid.NewGuid(),
            Siren = "542107651",
            Month = Month.Of(2024, 2),
            Level = AlertLevel.EnProcedure,
            PreviousLevel = AlertLevel.Modere,
            Score = 0.131,
            ModelVersion = "transparent-logit-1",
            AsOf = new DateOnly(2024, 3, 20),
            Sequence = 1,
            OnCurrentList = true,
            Standing = new FirmStanding { Procedure = ProcedureStatus.Liquidation, ProcedureDate = new DateOnly(2024, 2, 12) },
            TopFeatures = [new FeatureContribution("ratio_dette_cotisation", FeatureGroup.DetteSociale, 2.5, 0.8)],
        };

        var json = JsonDocument.Parse(AlertJson.Serialize(alert)).RootElement;

        Assert.Equal(("en_procedure", "en procédure"), (json.GetProperty("level").GetString(), json.GetProperty("levelLabel").GetString()));
        Assert.Equal(("modere", "risque modéré"), (json.GetProperty("previousLevel").GetString(), json.GetProperty("previousLevelLabel").GetString()));
        Assert.Equal("liquidation", json.GetProperty("procedure").GetString());
        Assert.Equal("liquidation judiciaire", json.GetProperty("procedureLabel").GetString());
        Assert.Equal("2024-02-12", json.GetProperty("procedureDate").GetString());
        Assert.Equal("aucune", json.GetProperty("fermeture").GetString());
        Assert.Equal("liquidation judiciaire depuis le 12/02/2024", json.GetProperty("reason").GetString());
        Assert.Equal(("2024-03-01", true, false), (json.GetProperty("currentList").GetString(), json.GetProperty("onCurrentList").GetBoolean(), json.GetProperty("wouldBeFirstOnNext").GetBoolean()));
        var f = Assert.Single(json.GetProperty("topFeatures").EnumerateArray());
        Assert.Equal("ratio_dette_cotisation", f.GetProperty("feature").GetString());
        Assert.Equal("Dette URSSAF en mois de cotisations", f.GetProperty("label").GetString());
        Assert.Equal(("ratio", "aggrave"), (f.GetProperty("unit").GetString(), f.GetProperty("direction").GetString()));
    }

    [Fact]
    public void Serialize_PlanDeContinuationInAlert_HasItsPlanAndNoReason()
    {
        var alert = new AlertEvent
        {
            Id = Guid.NewGuid(), Siren = "542107651", Month = Month.Of(2024, 2), Level = AlertLevel.Eleve,
            PreviousLevel = AlertLevel.PasDAlerte, Score = 0.4, ModelVersion = "m", AsOf = new DateOnly(2024, 3, 20), Sequence = 0,
            Standing = new FirmStanding { Procedure = ProcedureStatus.PlanContinuation, ProcedureDate = new DateOnly(2022, 1, 15) },
        };

        var json = JsonDocument.Parse(AlertJson.Serialize(alert)).RootElement;

        Assert.Equal("eleve", json.GetProperty("level").GetString());
        Assert.Equal(("plan_continuation", "plan de continuation"), (json.GetProperty("procedure").GetString(), json.GetProperty("procedureLabel").GetString()));
        Assert.False(json.TryGetProperty("reason", out _));
    }
}
