namespace SignauxFaibles.Web.Data;

/// <summary>A comment on a firm; <see cref="ParentId"/> set for a reply. Earlier texts are in <see cref="CommentRevisionRecord"/>.</summary>
public sealed class CommentRecord
{
    public long Id { get; set; }
    public required string Siren { get; set; }
    public long? ParentId { get; set; }
    public required string Login { get; set; }
    public required string Author { get; set; }
    public required string Text { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? EditedAt { get; set; }
}
