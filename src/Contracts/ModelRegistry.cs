namespace SignauxFaibles.Contracts;

/// <summary>The key of the cluster's single model registry grain.</summary>
public static class ModelRegistry
{
    public const string Key = "active";
}
