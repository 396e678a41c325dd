using SignauxFaibles.ReadModel.Storage;

namespace SignauxFaibles.ReadModel.Tests;

/// <summary>The embedded PostgreSQL scripts and the EF model agree where the model cannot check it itself.</summary>
public sealed class SchemaScriptsTests
{
    [Fact]
    public void Scripts_AreNumberedWithoutGaps_InOrder()
    {
        var versions = ReadModelSchema.Scripts().Select(s => s.Version).ToArray();
        Assert.Equal(Enumerable.Range(1, versions.Length), versions);
    }

    [Fact]
    public void ZoneColumn_PostgresExpression_IsTheOneOfTheScript()
    {
        var v002 = ReadModelSchema.Scripts().Single(s => s.Version == 2).Sql;
        Assert.Contains($"zone_departements text[] GENERATED ALWAYS AS ({ZoneColumn.PostgresSql}) STORED", v002, StringComparison.Ordinal);
    }
}
