namespace SignauxFaibles.Web.Data;

/// <summary>A comment's text before one of its edits.</summary>
public sealed class CommentRevisionRecord
{
    public long Id { get; set; }
    public long CommentId { get; set; }
    public required string Text { get; set; }
    /// <summary>When this text was replaced.</summary>
    public DateTime ReplacedAt { get; set; }
}
