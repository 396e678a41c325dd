namespace SignauxFaibles.Models;

/// <summary>
/// One folder of a <see cref="ModelStore"/>: the version id it is named after, and either its manifest or
/// the reason it cannot be used (listing reads manifests only, so a tampered model file shows only on load).
/// </summary>
public sealed record ModelStoreEntry(string Id, string Directory, ModelManifest? Manifest, string? Error)
{
    public bool IsValid => Manifest is not null && Error is null;
}
