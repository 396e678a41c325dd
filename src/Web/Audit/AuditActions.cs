namespace SignauxFaibles.Web.Audit;

/// <summary>The audited actions.</summary>
public static class AuditActions
{
    public const string FirmView = "fiche.consultation";
    public const string FirmRefused = "fiche.refus";
    public const string Export = "liste.export";
    public const string Follow = "suivi.debut";
    public const string Unfollow = "suivi.fin";
    public const string Comment = "commentaire.ajout";
    public const string CommentEdit = "commentaire.modification";
}
