using System.Collections.Frozen;
using SignauxFaibles.Domain.Events;

namespace SignauxFaibles.Formats.Urssaf;

/// <summary>
/// The <c>Lib_actx_stdx</c> label of the URSSAF procédures collectives file: the stage and the action
/// joined by underscores, e.g. <c>Solde_procedure_redressement</c> or <c>Ouverture_liquidation</c>.
/// The action is the token naming liquidation, redressement or sauvegarde; the other tokens, in order,
/// name the stage. Labels outside these closed lists are not guessed at.
/// </summary>
public static class ProcolLabel
{
    private static readonly FrozenDictionary<string, ProcolAction> Actions =
        new Dictionary<string, ProcolAction>(StringComparer.OrdinalIgnoreCase)
        {
            ["liquidation"] = ProcolAction.Liquidation,
            ["redressement"] = ProcolAction.Redressement,
            ["sauvegarde"] = ProcolAction.Sauvegarde,
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<ProcolStade, string> StadeNames = new Dictionary<ProcolStade, string>
    {
        [ProcolStade.Ouverture] = "ouverture",
        [ProcolStade.PlanContinuation] = "plan_continuation",
        [ProcolStade.FinProcedure] = "fin_procedure",
        [ProcolStade.AbandonProcedure] = "abandon_procedure",
        [ProcolStade.SoldeProcedure] = "solde_procedure",
        [ProcolStade.InclusionAutreProcedure] = "inclusion_autre_procedure",
        [ProcolStade.ClotureInsuffisanceActif] = "cloture_insuffisance_actif",
        [ProcolStade.PlanSauvegarde] = "plan_sauvegarde",
        [ProcolStade.PlanRedressement] = "plan_redressement",
        [ProcolStade.Prononce] = "prononce",
        [ProcolStade.Conversion] = "conversion",
        [ProcolStade.Modification] = "modification",
        [ProcolStade.Resolution] = "resolution",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, ProcolStade> Stades =
        StadeNames.ToFrozenDictionary(kv => kv.Value, kv => kv.Key, StringComparer.OrdinalIgnoreCase);

    /// <summary>The snake_case name of a stage, as in the label and the original pipeline's output.</summary>
    public static string StadeName(ProcolStade stade) => StadeNames[stade];

    /// <summary>The lower-case name of an action.</summary>
    public static string ActionName(ProcolAction action) => action switch
    {
        ProcolAction.Liquidation => "liquidation",
        ProcolAction.Redressement => "redressement",
        ProcolAction.Sauvegarde => "sauvegarde",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "unknown procédure action"),
    };

    /// <summary>
    /// Splits a label into action and stage. The last action token wins when several could be (a label
    /// ends with its action: <c>Plan_redressement_liquidation</c> is a liquidation), as long as the other
    /// tokens name a known stage.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> label, out ProcolAction action, out ProcolStade stade)
    {
        action = default;
        stade = default;
        var text = label.ToString();
        var tokens = text.Split('_', StringSplitOptions.RemoveEmptyEntries);
        for (var i = tokens.Length - 1; i >= 0; i--)
        {
            if (!Actions.TryGetValue(tokens[i], out var candidate))
            {
                continue;
            }

            var rest = string.Join('_', tokens.Where((_, j) => j != i));
            if (Stades.TryGetValue(rest, out var s))
            {
                action = candidate;
                stade = s;
                return true;
            }
        }

        return false;
    }

    /// <summary>Writes the label as URSSAF does: stage then action, first letter upper-case (<c>Solde_procedure_redressement</c>).</summary>
    public static string Format(ProcolAction action, ProcolStade stade)
    {
        var name = StadeName(stade) + "_" + ActionName(action);
        return string.Concat(char.ToUpperInvariant(name[0]).ToString(), name.AsSpan(1));
    }
}
