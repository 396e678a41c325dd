using SignauxFaibles.Contracts;
using SignauxFaibles.ReadModel;
using SignauxFaibles.ReadModel.Kafka;

namespace SignauxFaibles.Silo.ReadModel;

/// <summary>
/// The read model in the silo (docs/readmodel.md): the store (<c>ReadModel</c> section: in-memory SQLite by
/// default, PostgreSQL in production) and, with <c>ReadModel:Feed=Grains</c> (the default), the in-process
/// projection fed by the grains' score changes. With <c>Feed=Kafka</c> the silo projects the scores topic
/// itself (<see cref="KafkaScoresProjection"/>); with <c>Feed=None</c> it only reads the store, which another
/// process projects (the web app in production, docker-compose.yml).
/// </summary>
public static class ReadModelHostingExtensions
{
    public static WebApplicationBuilder AddSiloReadModel(this WebApplicationBuilder builder)
    {
        builder.Services.AddReadModel(builder.Configuration);
        var feed = builder.Configuration.GetValue(ReadModelOptions.SectionName + ":Feed", ReadModelFeed.Grains);
        if (feed == ReadModelFeed.Grains)
        {
            builder.Services.AddReadModelWriter();
            builder.Services.AddSingleton<IScorePublisher, ReadModelScorePublisher>();
        }
        else if (feed == ReadModelFeed.Kafka)
        {
            builder.Services.AddKafkaScoresProjection(builder.Configuration);
        }
        else
        {
            builder.Services.AddHostedService<ReadModelSchemaService>();
        }

        return builder;
    }
}
