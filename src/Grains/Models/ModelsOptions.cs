namespace SignauxFaibles.Grains.Models;

/// <summary>The model store and version switching (configuration section <c>Models</c>).</summary>
public sealed class ModelsOptions
{
    public const string Section = "Models";

    /// <summary>
    /// The model store folder, shared by every silo (one folder per version id); a relative path is taken
    /// from the program's folder, where the build copies the repository's <c>models/</c> (the shipped
    /// model). None (null or empty): the silos have only their built-in transparent model.
    /// </summary>
    public string? Store { get; set; }

    /// <summary>The version to activate when the cluster has none yet; ignored once one was activated.</summary>
    public string? Active { get; set; }

    /// <summary>How often each silo asks the registry for the active version: the longest a switch waits. Default 2 s.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Firms re-scored at once after a switch. Default 8: enough to finish fast, few enough to leave room for ingestion.</summary>
    public int RescoreConcurrency { get; set; } = 8;

    /// <summary>
    /// <see cref="Store"/> as a full path, relative ones from the program's folder (not the working
    /// directory, so <c>dotnet run --project src/Silo</c> finds the shipped models from anywhere); an
    /// empty value (a JSON null binds as "") means none.
    /// </summary>
    public string? StorePath => string.IsNullOrWhiteSpace(Store) ? null : Path.GetFullPath(Store, AppContext.BaseDirectory);

    /// <summary><see cref="Active"/>, with an empty value meaning none.</summary>
    public string? InitialVersion => string.IsNullOrWhiteSpace(Active) ? null : Active;
}
