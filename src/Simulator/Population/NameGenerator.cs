using SignauxFaibles.Simulator.Randomness;

namespace SignauxFaibles.Simulator.Population;

/// <summary>Plausible French company names built from common surnames, trade words and places.</summary>
internal static class NameGenerator
{
    private static readonly string[] Surnames =
    [
        "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau", "Laurent",
        "Simon", "Michel", "Lefebvre", "Leroy", "Roux", "David", "Bertrand", "Morel", "Fournier", "Girard",
        "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller", "Lefevre", "Faure", "Andre",
        "Mercier", "Blanc", "Guerin", "Boyer", "Garnier", "Chevalier", "Francois", "Legrand", "Gauthier", "Garcia",
        "Perrin", "Robin", "Clement", "Morin", "Nicolas", "Henry", "Roussel", "Mathieu", "Gautier", "Masson",
    ];

    private static readonly string[] FirstNames =
    [
        "Jean", "Marie", "Pierre", "Michel", "Philippe", "Nathalie", "Isabelle", "Alain", "Sylvie", "Patrick",
        "Catherine", "Nicolas", "Christophe", "Sandrine", "Laurent", "Valerie", "Stephane", "Sophie", "Olivier", "Celine",
    ];

    private static readonly string[] Syllables =
    [
        "so", "me", "ca", "tra", "tec", "ni", "fo", "rex", "pro", "dis", "gal", "ver", "mat", "lor", "sud",
        "nor", "bat", "elec", "meca", "plast", "agri", "log", "ser", "vi", "ta", "ro", "mo", "di", "fer", "al",
    ];

    /// <summary>Trade words by NAF section; the first ones are the most common.</summary>
    private static readonly Dictionary<char, string[]> Trades = new()
    {
        ['A'] = ["Earl", "Gaec", "Scea", "Pepinieres", "Domaine"],
        ['B'] = ["Carrieres", "Sablieres", "Extraction"],
        ['C'] = ["Ateliers", "Mecanique", "Fonderie", "Plasturgie", "Usinage", "Chaudronnerie", "Industries", "Manufacture", "Imprimerie", "Boulangerie Industrielle"],
        ['D'] = ["Energies", "Hydro", "Solaire"],
        ['E'] = ["Recyclage", "Environnement", "Eaux"],
        ['F'] = ["Batiment", "Construction", "Maconnerie", "Menuiserie", "Plomberie", "Electricite", "Couverture", "Terrassement"],
        ['G'] = ["Distribution", "Negoce", "Comptoir", "Garage", "Magasin", "Supermarche", "Commerce"],
        ['H'] = ["Transports", "Logistique", "Ambulances", "Express", "Demenagements"],
        ['I'] = ["Restaurant", "Hotel", "Brasserie", "Auberge", "Traiteur", "Cafe"],
        ['J'] = ["Informatique", "Digital", "Logiciels", "Edition", "Telecom"],
        ['K'] = ["Finance", "Courtage", "Assurances"],
        ['L'] = ["Immobiliere", "Gestion", "Patrimoine"],
        ['M'] = ["Conseil", "Ingenierie", "Etudes", "Architecture", "Expertise"],
        ['N'] = ["Proprete", "Services", "Securite", "Interim", "Nettoyage"],
        ['O'] = ["Syndicat", "Regie"],
        ['P'] = ["Formation", "Ecole", "Academie"],
        ['Q'] = ["Clinique", "Ehpad", "Soins", "Sante", "Residence"],
        ['R'] = ["Loisirs", "Spectacles", "Sports", "Club"],
        ['S'] = ["Coiffure", "Pressing", "Services", "Reparation"],
    };

    public static (string Name, string? Sigle) Company(ref Rng rng, char section, string departementName)
    {
        var trades = Trades.GetValueOrDefault(section) ?? ["Entreprise"];
        var trade = trades[Math.Min(trades.Length - 1, (int)rng.Exponential(2.0))];
        var surname = Surnames[rng.Next(0, Surnames.Length)];
        switch (rng.Next(0, 6))
        {
            case 0:
                return ($"{trade} {surname}", null);
            case 1:
                return ($"{surname} et Fils", null);
            case 2:
                return ($"{trade} {surname}-{Surnames[rng.Next(0, Surnames.Length)]}", null);
            case 3:
                return ($"{trade} de {departementName}", null);
            default:
                var acronym = Acronym(ref rng);
                return ($"{acronym} {trade}", acronym);
        }
    }

    public static (string Nom, string Prenom) Person(ref Rng rng) =>
        (Surnames[rng.Next(0, Surnames.Length)].ToUpperInvariant(), FirstNames[rng.Next(0, FirstNames.Length)]);

    public static string Commune(ref Rng rng)
    {
        var prefix = rng.Next(0, 4) switch
        {
            0 => "Saint-",
            1 => "Sainte-",
            _ => "",
        };
        var name = Word(ref rng, 2 + rng.Next(0, 2));
        var suffix = rng.Next(0, 5) == 0 ? "-sur-" + Word(ref rng, 2) : "";
        return prefix + name + suffix;
    }

    private static string Acronym(ref Rng rng) => Word(ref rng, 2 + rng.Next(0, 2)).ToUpperInvariant();

    private static string Word(ref Rng rng, int syllables)
    {
        var s = "";
        for (var i = 0; i < syllables; i++)
        {
            s += Syllables[rng.Next(0, Syllables.Length)];
        }

        return char.ToUpperInvariant(s[0]) + s[1..];
    }
}
