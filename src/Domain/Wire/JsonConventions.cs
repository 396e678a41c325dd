using System.Text.Json;
using System.Text.Json.Serialization;

namespace SignauxFaibles.Domain.Wire;

/// <summary>
/// The one casing convention of the JSON we write and read, on the wire (Kafka events, dead letters,
/// alerts, scores) and over HTTP, as docs/architecture.md states it: property names in camelCase
/// (<c>siren</c>, <c>modelVersion</c>), enum values as snake_case codes (<c>en_procedure</c>,
/// <c>plan_continuation</c>). C# members stay PascalCase; these policies do the mapping.
/// </summary>
public static class JsonConventions
{
    /// <summary>Property names: camelCase.</summary>
    public static JsonNamingPolicy PropertyNames => JsonNamingPolicy.CamelCase;

    /// <summary>Enum values: snake_case codes.</summary>
    public static JsonNamingPolicy EnumCodes => JsonNamingPolicy.SnakeCaseLower;

    /// <summary>The code of an enum value, as written in JSON (<c>PlanContinuation</c> -> <c>plan_continuation</c>).</summary>
    public static string Code<TEnum>(TEnum value)
        where TEnum : struct, Enum => EnumCodes.ConvertName(value.ToString());

    /// <summary>
    /// The HTTP conventions on <paramref name="options"/>: camelCase names, enums as codes, and missing
    /// values (NaN) written as the string "NaN" since JSON has no NaN. Applying them twice changes nothing.
    /// </summary>
    public static void ApplyHttp(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = PropertyNames;
        options.NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals;
        if (!options.Converters.OfType<JsonStringEnumConverter>().Any())
        {
            options.Converters.Add(new JsonStringEnumConverter(EnumCodes));
        }
    }
}
