using System.Text.Json;

namespace SignauxFaibles.TestSupport;

/// <summary>The model version the silo activates by default: <c>Models:Active</c> of <c>src/Silo/appsettings.json</c> (shipped in <c>models/</c>).</summary>
public static class ShippedModel
{
    private static readonly Lazy<string> IdValue = new(() =>
        JsonDocument.Parse(System.IO.File.ReadAllText(RepositoryFiles.File(Path.Combine("src", "Silo", "appsettings.json"))))
            .RootElement.GetProperty("Models").GetProperty("Active").GetString()
        ?? throw new InvalidOperationException("src/Silo/appsettings.json sets no Models:Active"));

    /// <summary>The shipped version id.</summary>
    public static string Id => IdValue.Value;
}
