using System.Text;
using Confluent.Kafka;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Identifiers;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Domain.Wire;
using SignauxFaibles.Ingest.Consuming;

namespace SignauxFaibles.Ingest.Tests.Support;

/// <summary>Valid events with real check digits, and raw messages built from them.</summary>
internal static class TestEvents
{
    /// <summary>A valid SIREN derived from a number (distinct numbers give distinct SIRENs).</summary>
    public static string SirenOf(int n) => Siren.Complete((10_000_000 + (n % 89_999_999)).ToString("D8"));

    public static Debit Debit(string siren, int historique = 1, decimal partPatronale = 1000m) => new()
    {
        Siren = siren,
        Siret = Siret.Complete(siren, "0001"),
        DeliveredOn = new DateOnly(2024, 3, 20),
        Compte = "746000000123456789",
        NumeroEcartNegatif = "104",
        NumeroHistorique = historique,
        DateTraitement = new DateOnly(2024, 2, 23),
        PeriodeDebut = Month.Of(2023, 12),
        PeriodeFin = Month.Of(2024, 1),
        PartOuvriere = 100m,
        PartPatronale = partPatronale,
    };

    public static IngestMessage Message(string topic, int partition, long offset, FirmEvent e, string? key = null) =>
        new(new TopicPartition(topic, partition), offset, Encoding.UTF8.GetBytes(key ?? e.Siren), EventJson.Serialize(e));

    public static IngestMessage Raw(string topic, int partition, long offset, string? key, string body) =>
        new(new TopicPartition(topic, partition), offset, key is null ? null : Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(body));
}
