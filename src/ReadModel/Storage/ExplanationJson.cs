using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SignauxFaibles.ReadModel.Storage;

/// <summary>The explanation summary column: a JSON array of <c>{"f":feature,"g":group,"c":contribution}</c>.</summary>
internal static class ExplanationJson
{
    private sealed record Item([property: JsonPropertyName("f")] string Feature, [property: JsonPropertyName("g")] string Group, [property: JsonPropertyName("c")] double Contribution);

    public static string Write(ImmutableArray<ExplanationItem> items) =>
        items.IsDefaultOrEmpty ? "[]" : JsonSerializer.Serialize(items.Select(i => new Item(i.Feature, i.Group, i.Contribution)));

    public static ImmutableArray<ExplanationItem> Read(string json) =>
        string.IsNullOrEmpty(json) || json == "[]"
            ? []
            : [.. (JsonSerializer.Deserialize<Item[]>(json) ?? []).Select(i => new ExplanationItem(i.Feature, i.Group, i.Contribution))];
}
