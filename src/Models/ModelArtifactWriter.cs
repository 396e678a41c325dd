using System.Text.Json;

namespace SignauxFaibles.Models;

/// <summary>
/// Writes an artifact directory: the model file, then the manifest with the model file's content hash.
/// Files are written to a temporary folder and moved into place, so a reader never sees half an artifact.
/// </summary>
public static class ModelArtifactWriter
{
    /// <summary>
    /// Writes <paramref name="modelJson"/> and the manifest (its <see cref="ModelManifest.ContentHash"/> is
    /// computed here) plus any <paramref name="extraFiles"/> (name -> bytes, e.g. the evaluation report) into
    /// <paramref name="directory"/>, which must not exist yet. Returns the manifest written.
    /// </summary>
    public static ModelManifest Write(
        string directory,
        ModelManifest manifest,
        ReadOnlySpan<byte> modelJson,
        IReadOnlyDictionary<string, byte[]>? extraFiles = null)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        if (!ModelId.IsValid(manifest.Id))
        {
            throw new ArgumentException($"invalid model id '{manifest.Id}'", nameof(manifest));
        }

        var full = Path.GetFullPath(directory);
        if (Directory.Exists(full))
        {
            throw new IOException($"{full} already exists: a model version is written once, never overwritten");
        }

        var parent = Path.GetDirectoryName(full) ?? throw new IOException($"{full} has no parent folder");
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        Directory.CreateDirectory(staging);
        try
        {
            var written = manifest with { Format = ModelManifest.CurrentFormat, ContentHash = ContentHash.Of(modelJson) };
            File.WriteAllBytes(Path.Combine(staging, ModelFiles.Model), modelJson.ToArray());
            if (extraFiles is not null)
            {
                foreach (var (name, bytes) in extraFiles)
                {
                    if (name is ModelFiles.Model or ModelFiles.Manifest || name != Path.GetFileName(name))
                    {
                        throw new ArgumentException($"'{name}' is not a valid extra file name", nameof(extraFiles));
                    }

                    File.WriteAllBytes(Path.Combine(staging, name), bytes);
                }
            }

            File.WriteAllBytes(Path.Combine(staging, ModelFiles.Manifest), JsonSerializer.SerializeToUtf8Bytes(written, ModelJson.Options));
            Directory.Move(staging, full);
            return written;
        }
        catch
        {
            Directory.Delete(staging, recursive: true);
            throw;
        }
    }

    /// <summary>Serialises a model file object with the artifact JSON conventions.</summary>
    public static byte[] SerializeModel<T>(T model) => JsonSerializer.SerializeToUtf8Bytes(model, ModelJson.Options);
}
