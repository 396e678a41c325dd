using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Simulator.Randomness;

namespace SignauxFaibles.Simulator.Output;

/// <summary>
/// Turns a valid event into an invalid one the way partner files go wrong: a mistyped identifier, a code
/// outside its list, a negative duration, hours or headcount. The expected reject is what the project's
/// own validator says about the corrupted event, so the manifest and the parsers share one definition.
/// </summary>
internal static class EventCorruptor
{
    public static (FirmEvent Event, string Kind, RejectCode Expected)? Corrupt(FirmEvent e, ref Rng rng)
    {
        FirmEvent? bad;
        string kind;
        var specific = rng.Bernoulli(0.5);
        switch (e)
        {
            case Ccsf c when specific:
                bad = c with { Stade = "XXX" };
                kind = "unknown_ccsf_stage";
                break;
            case Delai d when specific:
                bad = d with { DureeDelai = -d.DureeDelai - 1 };
                kind = "negative_delay";
                break;
            case ApDemande a when specific:
                bad = a with { MotifRecours = 9 };
                kind = "unknown_ap_motive";
                break;
            case ApConsommation a when specific:
                bad = a with { HeuresConsommees = -a.HeuresConsommees - 1 };
                kind = "negative_hours";
                break;
            case EffectifEtablissement ee when specific && ee.Months.Length > 0:
                bad = ee with { Months = ee.Months.SetItem(0, ee.Months[0] with { Effectif = -3 }) };
                kind = "negative_headcount";
                break;
            case EstablishmentEvent est:
                bad = est with { Siret = BreakLastDigit(est.Siret) };
                kind = "bad_siret_checksum";
                break;
            default:
                bad = e with { Siren = BreakLastDigit(e.Siren) };
                kind = "bad_siren_checksum";
                break;
        }

        var rejects = EventValidator.Validate(bad, ValidationOptions.Strict);
        return rejects.Count == 1 ? (bad, kind, rejects[0].Code) : null;
    }

    private static string BreakLastDigit(string id)
    {
        var last = id[^1];
        var changed = (char)('0' + (last - '0' + 1) % 10);
        return string.Concat(id.AsSpan(0, id.Length - 1), [changed]);
    }
}
