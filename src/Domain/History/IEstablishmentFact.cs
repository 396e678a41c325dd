namespace SignauxFaibles.Domain.History;

/// <summary>A fact about one establishment; such facts are stored sorted by siret first.</summary>
public interface IEstablishmentFact
{
    string Siret { get; }
}
