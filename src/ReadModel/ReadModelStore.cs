using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SignauxFaibles.ReadModel.Storage;

namespace SignauxFaibles.ReadModel;

/// <summary>
/// The store's lifetime: brings its schema up to date and, for an in-memory SQLite database, holds the one
/// connection that keeps it alive. Call <see cref="EnsureSchemaAsync"/> once at start.
/// </summary>
public sealed class ReadModelStore : IAsyncDisposable
{
    private readonly IDbContextFactory<ReadModelDbContext> _contexts;
    private readonly ReadModelOptions _options;
    private SqliteConnection? _keepAlive;

    internal ReadModelStore(IDbContextFactory<ReadModelDbContext> contexts, IOptions<ReadModelOptions> options)
    {
        _contexts = contexts;
        _options = options.Value;
    }

    /// <summary>Creates or migrates the schema; returns the names of the scripts applied now (PostgreSQL).</summary>
    public async Task<IReadOnlyList<string>> EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        if (_options.Provider == ReadModelProvider.Sqlite && _keepAlive is null
            && (_options.ConnectionString ?? ReadModelServiceCollectionExtensions.DefaultSqlite).Contains("Mode=Memory", StringComparison.OrdinalIgnoreCase))
        {
            _keepAlive = new SqliteConnection(_options.ConnectionString ?? ReadModelServiceCollectionExtensions.DefaultSqlite);
            await _keepAlive.OpenAsync(cancellationToken);
        }

        return await new ReadModelSchema(_contexts, _options.Provider).EnsureAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_keepAlive is not null)
        {
            await _keepAlive.DisposeAsync();
        }
    }
}
