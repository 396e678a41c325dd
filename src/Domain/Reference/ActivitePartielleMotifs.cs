namespace SignauxFaibles.Domain.Reference;

/// <summary>DGEFP motives of an activité partielle request (MOTIF_RECOURS_SE 1-5).</summary>
public static class ActivitePartielleMotifs
{
    public static string? Label(int motif) => motif switch
    {
        1 => "Conjoncture économique",
        2 => "Difficultés d'approvisionnement en matières premières ou en énergie",
        3 => "Sinistre ou intempéries de caractère exceptionnel",
        4 => "Transformation, restructuration ou modernisation de l'entreprise",
        5 => "Autres circonstances de caractère exceptionnel",
        _ => null,
    };
}
