using SignauxFaibles.Contracts;
using SignauxFaibles.Domain.Identifiers;
using SignauxFaibles.ReadModel;
using SignauxFaibles.Web.Audit;
using SignauxFaibles.Web.Security;
using SignauxFaibles.Web.Suivi;

namespace SignauxFaibles.Web.Firms;

/// <summary>
/// The door to one firm, shared by its page, its API and its suivi endpoints: validates the SIREN, reads
/// the firm's zone from its grain and asks <see cref="FirmAccess"/> whether the agent may open it (his zone
/// or a firm he follows). A refusal is audited.
/// </summary>
public sealed class FirmGate(FirmReader reader, IDetectionListReader lists, SuiviStore suivi, AuditLog audit)
{
    public async Task<FirmGateResult> OpenAsync(Agent agent, string siren, CancellationToken ct)
    {
        if (Siren.Validate(siren) is { } reject)
        {
            return new FirmGateResult(FirmGateStatus.Invalid, null, false, $"SIREN invalide : {reject}.");
        }

        var summary = await reader.SummaryAsync(siren, ct);
        if (summary.RaisonSociale is null && summary.Month is null)
        {
            return new FirmGateResult(FirmGateStatus.Unknown, null, false, "Aucune donnée sur cette entreprise.");
        }

        var followed = await suivi.IsFollowingAsync(agent.Login, siren, ct);
        // The firm's zone: every département where it has an establishment (read model), and its siège's.
        var row = await lists.FirmAsync(siren, null, ct);
        var zone = (row?.Departements ?? []).Append(summary.Departement).Distinct().ToList();
        if (!zone.Any(d => FirmAccess.CanOpen(agent, d, followed)))
        {
            await audit.RecordAsync(agent, AuditActions.FirmRefused, siren, $"départements {string.Join(",", zone)}", ct);
            return new FirmGateResult(FirmGateStatus.Refused, null, false, "Cette entreprise n'est pas dans votre zone et vous ne la suivez pas.");
        }

        return new FirmGateResult(FirmGateStatus.Open, summary, followed, null);
    }
}

public enum FirmGateStatus
{
    Open,
    Invalid,
    Unknown,
    Refused,
}

public sealed record FirmGateResult(FirmGateStatus Status, FirmSummary? Summary, bool Followed, string? Reason)
{
    public int HttpStatus => Status switch
    {
        FirmGateStatus.Open => StatusCodes.Status200OK,
        FirmGateStatus.Invalid => StatusCodes.Status400BadRequest,
        FirmGateStatus.Unknown => StatusCodes.Status404NotFound,
        _ => StatusCodes.Status403Forbidden,
    };
}
