namespace SignauxFaibles.Models;

/// <summary>An artifact that cannot be loaded, with the reason in words an operator can act on.</summary>
public sealed class ModelLoadException : Exception
{
    public ModelLoadException()
    {
    }

    public ModelLoadException(string message)
        : base(message)
    {
    }

    public ModelLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
