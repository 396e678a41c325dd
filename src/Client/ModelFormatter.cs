using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using SignauxFaibles.Contracts;

namespace SignauxFaibles.Client;

/// <summary>Text of the <c>model</c> commands: the versions, and the cluster's model status with each silo's re-scoring.</summary>
internal static class ModelFormatter
{
    public static string FormatList(ImmutableArray<ModelVersionInfo> versions, string activeId)
    {
        var text = new StringBuilder();
        foreach (var v in versions)
        {
            var mark = v.Id == activeId ? "*" : " ";
            var state = v.Error is null ? "" : $"  INVALID: {v.Error}";
            var created = v.CreatedAt is { } at ? at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "";
            text.Append(CultureInfo.InvariantCulture, $"{mark} {v.Id,-32} {v.Source,-9} {v.Kind ?? "",-18} {created,-16} {v.Thresholds}{state}\n");
            if (!string.IsNullOrEmpty(v.Metrics))
            {
                text.Append(CultureInfo.InvariantCulture, $"  {"",-32} {v.Metrics}\n");
            }
        }

        text.Append("(* = active)\n");
        return text.ToString();
    }

    public static string FormatStatus(ModelRegistryStatus status, DateTimeOffset now)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Active version: {status.ActiveId}");
        text.Append(status.Active is { } a
            ? string.Create(CultureInfo.InvariantCulture, $" (activation {a.Generation}, {a.ActivatedAt:yyyy-MM-dd HH:mm:ss} UTC)\n")
            : " (built-in: no version activated yet)\n");
        if (status.History.Length > 1)
        {
            text.Append(CultureInfo.InvariantCulture, $"Previous: {string.Join(" <- ", status.History.Reverse().Skip(1).Take(5).Select(h => h.Id))}\n");
        }

        foreach (var silo in status.Silos)
        {
            var age = (now - silo.ReportedAt).TotalSeconds;
            text.Append(CultureInfo.InvariantCulture, $"  silo {silo.Silo}: scoring with {silo.ModelId}{(silo.ModelId == status.ActiveId ? "" : " (switching)")}, reported {age:0} s ago\n");
            if (silo.Rescore is { } r)
            {
                var end = r.FinishedAt is { } f ? string.Create(CultureInfo.InvariantCulture, $"finished in {(f - r.StartedAt).TotalSeconds:0.0} s") : "running";
                text.Append(CultureInfo.InvariantCulture, $"    re-scoring for {r.ModelId}: {r.Done}/{r.Total} active firms, {r.Rescored} re-scored, {r.Failed} failed, {end}\n");
            }

            if (silo.Error is { } error)
            {
                text.Append(CultureInfo.InvariantCulture, $"    ERROR: {error}\n");
            }
        }

        if (status.Silos.IsEmpty)
        {
            text.Append("  no silo has reported yet\n");
        }

        return text.ToString();
    }

    /// <summary>True when every silo scores with the active version and has finished re-scoring for it.</summary>
    public static bool Settled(ModelRegistryStatus status) =>
        !status.Silos.IsEmpty
        && status.Silos.All(s => s.ModelId == status.ActiveId && (s.Rescore is null || (s.Rescore.ModelId == status.ActiveId && s.Rescore.FinishedAt is not null)));
}
