using System.Collections.Immutable;
using SignauxFaibles.Domain.Alerts;

namespace SignauxFaibles.Grains.Alerts;

/// <summary>The persisted alert board: the latest alert event of every firm currently in alert.</summary>
[GenerateSerializer, Alias("sf.AlertBoardState.v1")]
public sealed class AlertBoardState
{
    [Id(0)] public ImmutableArray<AlertEvent> Current { get; set; } = [];
    [Id(1)] public long Received { get; set; }
}
