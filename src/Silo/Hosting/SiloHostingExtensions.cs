using System.Text.Json.Serialization;
using SignauxFaibles.Grains;
using SignauxFaibles.Silo.Feed;
using SignauxFaibles.Silo.Http;
using SignauxFaibles.Silo.Models;

namespace SignauxFaibles.Silo.Hosting;

/// <summary>The composition of the silo host.</summary>
public static class SiloHostingExtensions
{
    /// <summary>
    /// The Orleans silo (clustering, grain storage and stream providers all come from the <c>Orleans</c>
    /// configuration section: localhost, memory and memory streams in appsettings.json), the firm grains,
    /// the event feed, health checks and the JSON conventions of the HTTP endpoints.
    /// </summary>
    public static WebApplicationBuilder AddSignauxFaiblesSilo(this WebApplicationBuilder builder)
    {
        builder.UseOrleans(_ => { });
        builder.Services.AddFirmGrains();
        builder.Services.AddModelsConfiguration();
        builder.Services.AddFirmFeed();
        builder.Services.AddHealthChecks()
            .AddCheck<ClusterHealthCheck>("cluster")
            .AddCheck<FeedHealthCheck>("feed");
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            // Missing feature values are NaN; JSON has no NaN, so they are written as the string "NaN".
            o.SerializerOptions.NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals;
        });
        return builder;
    }
}
