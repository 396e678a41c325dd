using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SignauxFaibles.ReadModel.Storage;

/// <summary>
/// The column <c>zone_departements</c>: the firm's départements as an array the database derives from
/// <c>departements</c> (a stored generated column), so every writer (projection, rebuild, SQL copies) keeps it
/// right without knowing it. PostgreSQL: <c>text[]</c>, created by <c>Schema/V002__selective_filters.sql</c>
/// with a GIN index (the zone filters are an array overlap, <c>&amp;&amp;</c>). SQLite: a JSON array, created
/// from the model. The query is the same LINQ for both (<see cref="Queries.DetectionListFilter"/>).
/// </summary>
internal static class ZoneColumn
{
    /// <summary>PostgreSQL's expression; must stay the one of the V002 script.</summary>
    public const string PostgresSql = "string_to_array(departements, ';')";

    /// <summary>SQLite's expression: the same array as JSON (département codes hold no quote nor backslash).</summary>
    public const string SqliteSql = "CASE WHEN departements = '' THEN '[]' ELSE '[\"' || replace(departements, ';', '\",\"') || '\"]' END";

    /// <summary>Maps the property to the generated column of the provider at hand (<paramref name="postgres"/> or SQLite).</summary>
    public static void Configure(PropertyBuilder<string[]> property, bool postgres)
    {
        property.HasColumnName("zone_departements").HasComputedColumnSql(postgres ? PostgresSql : SqliteSql, stored: true);
        // Computed by the database and never read back after a save: the projection's writes cost the same
        // as before (the tracked rows' arrays are stale, which nothing reads; queries are no-tracking).
        property.ValueGeneratedNever();
        property.Metadata.SetBeforeSaveBehavior(PropertySaveBehavior.Ignore);
        property.Metadata.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);
    }
}
