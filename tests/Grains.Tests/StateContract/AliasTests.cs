using System.Reflection;
using SignauxFaibles.Contracts;
using SignauxFaibles.Domain.History;
using SignauxFaibles.Grains.Firms;

namespace SignauxFaibles.Grains.Tests.StateContract;

/// <summary>
/// Every serializable type of the domain, contracts and grains carries an explicit alias, so the type
/// identity written into stored rows and messages does not depend on its C# name or namespace.
/// </summary>
public class AliasTests
{
    public static TheoryData<string> Assemblies => [.. Types().Select(a => a.Key)];

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void EverySerializableType_HasAnAlias(string assembly)
    {
        var types = Types()[assembly];
        var missing = types
            .Where(t => t.GetCustomAttribute<GenerateSerializerAttribute>() is not null && t.GetCustomAttribute<AliasAttribute>(inherit: false) is null)
            .Select(t => t.FullName)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(types.Count > 0, $"{assembly}: no type found");
        Assert.True(missing.Count == 0, $"{assembly}: [GenerateSerializer] without [Alias]: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Aliases_AreUnique()
    {
        var duplicates = Types().Values.SelectMany(t => t)
            .Select(t => (Type: t, Alias: t.GetCustomAttribute<AliasAttribute>(inherit: false)?.Alias))
            .Where(a => a.Alias is not null)
            .GroupBy(a => a.Alias, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(a => a.Type.FullName))}")
            .ToList();

        Assert.True(duplicates.Count == 0, string.Join('\n', duplicates));
    }

    private static Dictionary<string, List<Type>> Types() =>
        new[] { typeof(FirmHistoryState).Assembly, typeof(SourcePosition).Assembly, typeof(FirmGrainState).Assembly }
            .ToDictionary(a => a.GetName().Name!, a => a.GetTypes().Where(t => t.GetCustomAttribute<GenerateSerializerAttribute>() is not null).ToList());
}
