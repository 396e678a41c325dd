using SignauxFaibles.Grains;
using SignauxFaibles.Silo.Feed;
using SignauxFaibles.Silo.Http;
using SignauxFaibles.Silo.Models;
using SignauxFaibles.Domain.Wire;

namespace SignauxFaibles.Silo.Hosting;

/// <summary>The composition of the silo host.</summary>
public static class SiloHostingExtensions
{
    /// <summary>
    /// The Orleans silo (clustering, grain storage and stream providers all come from the <c>Orleans</c>
    /// configuration section: localhost, memory and memory streams in appsettings.json), the firm grains,
    /// the event feed (<c>Feed:Source</c>: the in-process simulator by default, or the Kafka ingest with
    /// the alerts and scores producers), health checks and the JSON conventions of the HTTP endpoints.
    /// </summary>
    public static WebApplicationBuilder AddSignauxFaiblesSilo(this WebApplicationBuilder builder)
    {
        builder.UseOrleans(_ => { });
        builder.Services.AddStorageExceptionTransport();
        builder.Services.AddFirmGrains();
        // Before the feed: the active model version is loaded before any firm is scored.
        builder.Services.AddModelsConfiguration();
        var health = builder.Services.AddHealthChecks().AddCheck<ClusterHealthCheck>("cluster").AddCheck<ModelHealthCheck>("model");

        // The one composition-time choice: which feed (and with Kafka, the alert and score producers) this
        // silo runs. Everything else about the feed is bound and validated as options.
        var source = builder.Configuration.GetSection(FeedOptions.Section).Get<FeedOptions>()?.Source ?? FeedSource.Simulator;
        if (source == FeedSource.Kafka)
        {
            builder.Services.AddKafkaFeed(builder.Configuration);
            health.AddCheck<IngestHealthCheck>("ingest");
        }
        else
        {
            builder.Services.AddFirmFeed();
            health.AddCheck<FeedHealthCheck>("feed");
        }

        health.AddReadinessChecks(builder.Configuration, source);

        // Enums are stable snake_case codes, the same as in the Kafka JSON (eleve, en_procedure, plan_continuation);
        // missing feature values (NaN) are written as the string "NaN".
        builder.Services.ConfigureHttpJsonOptions(o => JsonConventions.ApplyHttp(o.SerializerOptions));
        return builder;
    }
}
