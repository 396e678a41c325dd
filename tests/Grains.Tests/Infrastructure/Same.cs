using System.Text.Json;
using System.Text.Json.Serialization;

namespace SignauxFaibles.Grains.Tests.Infrastructure;

/// <summary>
/// Structural equality for wire types: records holding immutable arrays compare those by reference, so
/// values read back from a grain are compared through their JSON form instead.
/// </summary>
internal static class Same
{
    private static readonly JsonSerializerOptions Options = new()
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter() },
    };

    public static void Json<T>(T expected, T actual) =>
        Assert.Equal(JsonSerializer.Serialize(expected, Options), JsonSerializer.Serialize(actual, Options));
}
