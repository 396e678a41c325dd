using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SignauxFaibles.ReadModel.Projection;
using SignauxFaibles.ReadModel.Queries;
using SignauxFaibles.ReadModel.Storage;

namespace SignauxFaibles.ReadModel;

/// <summary>Registers the read model: options, DbContext factory for the configured provider, reader, projector, schema.</summary>
public static class ReadModelServiceCollectionExtensions
{
    /// <summary>The embedded default: a shared in-memory SQLite database, alive while a connection to it is open.</summary>
    public const string DefaultSqlite = "Data Source=sf-readmodel;Mode=Memory;Cache=Shared";

    public static IServiceCollection AddReadModel(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReadModelOptions>().Bind(configuration.GetSection(ReadModelOptions.SectionName))
            .Validate(o => o.CloseGraceDays is >= 0 and <= 60, "ReadModel:CloseGraceDays must be between 0 and 60.")
            .Validate(o => o.Provider != ReadModelProvider.Postgres || !string.IsNullOrWhiteSpace(o.ConnectionString),
                "ReadModel:ConnectionString is required when ReadModel:Provider is Postgres.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddDbContextFactory<ReadModelDbContext>((sp, builder) => Configure(builder, sp.GetRequiredService<IOptions<ReadModelOptions>>().Value));
        services.AddSingleton<IDetectionListReader, DetectionListReader>();
        services.AddSingleton<IReadModelProjector, ReadModelProjector>();
        services.AddSingleton(sp => new ReadModelStore(sp.GetRequiredService<IDbContextFactory<ReadModelDbContext>>(), sp.GetRequiredService<IOptions<ReadModelOptions>>()));
        return services;
    }

    /// <summary>
    /// The in-process projection (embedded run): <see cref="ReadModelWriter"/> as a hosted service, which
    /// also brings the schema up to date at start. Call after <see cref="AddReadModel"/>.
    /// </summary>
    public static IServiceCollection AddReadModelWriter(this IServiceCollection services)
    {
        services.AddSingleton<ReadModelWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<ReadModelWriter>());
        return services;
    }

    internal static void Configure(DbContextOptionsBuilder builder, ReadModelOptions options)
    {
        if (options.Provider == ReadModelProvider.Postgres)
        {
            builder.UseNpgsql(options.ConnectionString);
        }
        else
        {
            builder.UseSqlite(string.IsNullOrWhiteSpace(options.ConnectionString) ? DefaultSqlite : options.ConnectionString);
        }
    }
}
