using System.Collections.Immutable;
using System.Globalization;
using Microsoft.Extensions.Options;
using SignauxFaibles.Contracts;
using SignauxFaibles.Domain.Scoring;
using SignauxFaibles.Models;

namespace SignauxFaibles.Grains.Models;

/// <summary>
/// The versions this silo can activate: its built-in scorer (the registered <see cref="IRiskScorer"/>,
/// always available, so rolling back to it needs no file) and the folders of the model store when one
/// is configured. A store folder with the built-in id is shadowed by the built-in.
/// </summary>
public sealed class ModelCatalog
{
    public ModelCatalog(IRiskScorer builtIn, IEnumerable<IScorerFactory> factories, IOptions<ModelsOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        BuiltIn = builtIn;
        Store = options.Value.StorePath is { } root ? new ModelStore(root, new ModelArtifactReader(factories)) : null;
    }

    public IRiskScorer BuiltIn { get; }

    /// <summary>The model store; null when <see cref="ModelsOptions.Store"/> is not set.</summary>
    public ModelStore? Store { get; }

    /// <summary>The built-in version, then the store's, by id; reads manifests only.</summary>
    public ImmutableArray<ModelVersionInfo> List()
    {
        var model = BuiltIn.Model;
        var list = ImmutableArray.CreateBuilder<ModelVersionInfo>();
        list.Add(new ModelVersionInfo
        {
            Id = model.Id,
            Source = ModelVersionInfo.BuiltIn,
            Description = model.Description,
            Thresholds = Describe(model),
        });
        foreach (var entry in Store?.List() ?? [])
        {
            if (entry.Id == model.Id)
            {
                continue;
            }

            var manifest = entry.Manifest;
            list.Add(new ModelVersionInfo
            {
                Id = entry.Id,
                Source = ModelVersionInfo.Store,
                Kind = manifest?.Kind,
                Description = manifest?.Description,
                CreatedAt = manifest?.CreatedAt,
                Metrics = manifest is null ? null : string.Join(' ', manifest.Metrics.Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Key}={m.Value:0.###}"))),
                Thresholds = manifest is null ? null : Describe(manifest.ToModelVersion()),
                Error = entry.Error,
            });
        }

        return list.DrainToImmutable();
    }

    /// <summary>Loads version <paramref name="id"/> in full (content hash checked, scorer built), or says why not.</summary>
    public ModelLoad Load(string id)
    {
        if (id == BuiltIn.Model.Id)
        {
            return ModelLoad.Of(BuiltIn);
        }

        if (!ModelId.IsValid(id))
        {
            return ModelLoad.Refused($"'{id}' is not a valid model id (letters, digits, '.', '_', '-'; at most {ModelId.MaxLength})");
        }

        if (Store is null)
        {
            return ModelLoad.Refused($"unknown model version '{id}': no model store is configured (Models:Store), only the built-in '{BuiltIn.Model.Id}' exists");
        }

        try
        {
            return ModelLoad.Of(Store.Read(id).Scorer);
        }
        catch (ModelLoadException ex)
        {
            return ModelLoad.Refused(ex.Message);
        }
        catch (IOException ex)
        {
            return ModelLoad.Refused($"model version '{id}' could not be read: {ex.Message}");
        }
        catch (UnauthorizedAccessException ex)
        {
            return ModelLoad.Refused($"model version '{id}' could not be read: {ex.Message}");
        }
    }

    /// <summary>
    /// The evaluation report of store version <paramref name="id"/> (evaluation.md and the PNG figures beside
    /// it), or null: the built-in version, no store, an unknown id, or an artifact without a report.
    /// </summary>
    public ModelReport? Report(string id)
    {
        if (Store is null || id == BuiltIn.Model.Id || !Store.Contains(id))
        {
            return null;
        }

        var directory = Store.DirectoryOf(id);
        var markdown = Path.Combine(directory, ModelFiles.EvaluationMarkdown);
        if (!File.Exists(markdown))
        {
            return null;
        }

        var figures = ImmutableSortedDictionary.CreateBuilder<string, byte[]>(StringComparer.Ordinal);
        foreach (var png in Directory.EnumerateFiles(directory, "*.png"))
        {
            var name = Path.GetFileName(png);
            if (IsFigureName(name))
            {
                figures[name] = File.ReadAllBytes(png);
            }
        }

        return new ModelReport { Id = id, Markdown = File.ReadAllText(markdown), Figures = figures.ToImmutable() };
    }

    /// <summary>A figure file name the web app may serve: lowercase letters, digits and '-', then ".png".</summary>
    public static bool IsFigureName(string name) =>
        name.Length is > 4 and <= 64
        && name.EndsWith(".png", StringComparison.Ordinal)
        && name[..^4].All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');

    private static string Describe(ModelVersion model) =>
        string.Create(CultureInfo.InvariantCulture, $"élevé {model.Thresholds.Eleve:0.####}, modéré {model.Thresholds.Modere:0.####}");
}
