using SignauxFaibles.Web.Audit;
using SignauxFaibles.Web.Data;
using SignauxFaibles.Web.Firms;
using SignauxFaibles.Web.Security;

namespace SignauxFaibles.Web.Suivi;

/// <summary>What an action on the suivi of a firm came to: done, or refused with a status and a reason.</summary>
public sealed record SuiviOutcome(bool Ok, int Status, string? Reason)
{
    public static SuiviOutcome Done { get; } = new(true, StatusCodes.Status200OK, null);

    public static SuiviOutcome Refused(int status, string reason) => new(false, status, reason);
}

/// <summary>The suivi actions shared by the page forms and the API: gate, validate, store, audit.</summary>
public sealed class SuiviActions(FirmGate gate, SuiviStore store, AuditLog audit)
{
    public Task<SuiviOutcome> FollowAsync(Agent agent, string siren, string? motif, CancellationToken ct) =>
        RunAsync(agent, siren, async () =>
        {
            if (!SuiviCategories.IsKnown(motif))
            {
                return SuiviOutcome.Refused(StatusCodes.Status400BadRequest, $"Motif de suivi inconnu : '{motif}'.");
            }

            await store.FollowAsync(agent, siren, motif!, ct);
            await audit.RecordAsync(agent, AuditActions.Follow, siren, motif, ct);
            return SuiviOutcome.Done;
        }, ct);

    public Task<SuiviOutcome> UnfollowAsync(Agent agent, string siren, CancellationToken ct) =>
        RunAsync(agent, siren, async () =>
        {
            if (await store.UnfollowAsync(agent, siren, ct))
            {
                await audit.RecordAsync(agent, AuditActions.Unfollow, siren, null, ct);
            }

            return SuiviOutcome.Done;
        }, ct);

    public Task<SuiviOutcome> CommentAsync(Agent agent, string siren, long? parent, string? text, CancellationToken ct) =>
        RunAsync(agent, siren, async () =>
        {
            if (Invalid(text) is { } bad)
            {
                return bad;
            }

            var comment = await store.CommentAsync(agent, siren, parent, text!.Trim(), ct);
            if (comment is null)
            {
                return SuiviOutcome.Refused(StatusCodes.Status400BadRequest, "Le commentaire auquel vous répondez n'existe pas pour cette entreprise.");
            }

            await audit.RecordAsync(agent, AuditActions.Comment, siren, $"commentaire {comment.Id}", ct);
            return SuiviOutcome.Done;
        }, ct);

    public Task<SuiviOutcome> EditAsync(Agent agent, string siren, long id, string? text, CancellationToken ct) =>
        RunAsync(agent, siren, async () =>
        {
            if (Invalid(text) is { } bad)
            {
                return bad;
            }

            if (!await store.EditAsync(agent, siren, id, text!.Trim(), ct))
            {
                return SuiviOutcome.Refused(StatusCodes.Status403Forbidden, "Seul l'auteur d'un commentaire peut le modifier.");
            }

            await audit.RecordAsync(agent, AuditActions.CommentEdit, siren, $"commentaire {id}", ct);
            return SuiviOutcome.Done;
        }, ct);

    private async Task<SuiviOutcome> RunAsync(Agent agent, string siren, Func<Task<SuiviOutcome>> action, CancellationToken ct)
    {
        var open = await gate.OpenAsync(agent, siren, ct);
        return open.Status == FirmGateStatus.Open ? await action() : SuiviOutcome.Refused(open.HttpStatus, open.Reason!);
    }

    private static SuiviOutcome? Invalid(string? text) =>
        string.IsNullOrWhiteSpace(text) ? SuiviOutcome.Refused(StatusCodes.Status400BadRequest, "Le commentaire est vide.")
        : text.Length > CommentLimits.MaxLength ? SuiviOutcome.Refused(StatusCodes.Status400BadRequest, $"Le commentaire dépasse {CommentLimits.MaxLength} caractères.")
        : null;
}
