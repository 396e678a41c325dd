using SignauxFaibles.Contracts;
using SignauxFaibles.ReadModel;

namespace SignauxFaibles.Silo.ReadModel;

/// <summary>
/// The read model in the silo (docs/readmodel.md): the store (<c>ReadModel</c> section: in-memory SQLite by
/// default, PostgreSQL in production) and, with <c>ReadModel:Feed=Grains</c> (the default), the in-process
/// projection fed by the grains' score changes. With <c>Feed=None</c> the silo only reads the store, which
/// another process projects from the scores topic (<c>sf-readmodel project</c>).
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
        else
        {
            builder.Services.AddHostedService<ReadModelSchemaService>();
        }

        return builder;
    }
}

/// <summary>What feeds the silo's read model.</summary>
public enum ReadModelFeed
{
    /// <summary>The grains of this silo, in process (the embedded run).</summary>
    Grains,

    /// <summary>Nothing in this silo: another process projects the scores topic into the store.</summary>
    None,
}
