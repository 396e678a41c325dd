namespace SignauxFaibles.Formats.Suppliers;

/// <summary>Column names of the supplier payment behaviour format (docs/formats/paiements-fournisseurs.md), in file order.</summary>
public static class PaiementsFournisseursColumns
{
    public const string Siren = "siren";
    public const string Mois = "mois";
    public const string NombreFactures = "nombre_factures";
    public const string MontantFactures = "montant_factures";
    public const string RetardMoyenJours = "retard_moyen_jours";
    public const string Fpi30 = "fpi30";
    public const string Fpi90 = "fpi90";
    public const string MontantRetard30 = "montant_retard30";
    public const string MontantRetard90 = "montant_retard90";

    public static IReadOnlyList<string> All { get; } =
        [Siren, Mois, NombreFactures, MontantFactures, RetardMoyenJours, Fpi30, Fpi90, MontantRetard30, MontantRetard90];
}
