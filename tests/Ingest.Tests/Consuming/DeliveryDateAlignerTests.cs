using System.Text;
using Confluent.Kafka;
using Microsoft.Extensions.Time.Testing;
using SignauxFaibles.Ingest.Consuming;

namespace SignauxFaibles.Ingest.Tests.Consuming;

public class DeliveryDateAlignerTests
{
    private static readonly TopicPartition Debit = new("sf.urssaf.debit", 0);
    private static readonly TopicPartition Effectif = new("sf.dgefp.effectif", 0);
    private static readonly TimeSpan Silence = TimeSpan.FromSeconds(5);

    private readonly FakeTimeProvider _time = new();

    [Fact]
    public void TwoTopics_LeaveInDeliveryDateOrder_EachInOffsetOrder()
    {
        var aligner = Aligner(Debit, Effectif);
        aligner.Add(Message(Debit, 0, "2024-03-20"));
        aligner.Add(Message(Debit, 1, "2024-04-20"));
        aligner.Add(Message(Effectif, 0, "2024-03-05"));
        aligner.Add(Message(Effectif, 1, "2024-04-05"));
        aligner.ReachedEnd(Debit);
        aligner.ReachedEnd(Effectif);

        var batch = new List<IngestMessage>();
        aligner.TakeReady(batch, 100);

        Assert.Equal(["sf.dgefp.effectif/0", "sf.urssaf.debit/0", "sf.dgefp.effectif/1", "sf.urssaf.debit/1"], Names(batch));
        Assert.Equal(0, aligner.Held);
    }

    [Fact]
    public void AnEmptyPartitionNotAtItsEnd_HoldsDatedMessagesBack_UntilItDeliversOrEnds()
    {
        var aligner = Aligner(Debit, Effectif);
        aligner.Add(Message(Debit, 0, "2024-03-20"));
        var batch = new List<IngestMessage>();

        aligner.TakeReady(batch, 100);
        Assert.Empty(batch);

        // The other topic turns out to hold an earlier day: it goes first.
        aligner.Add(Message(Effectif, 0, "2024-03-05"));
        aligner.TakeReady(batch, 100);
        Assert.Equal(["sf.dgefp.effectif/0"], Names(batch));

        // Emptied, the effectif partition holds the debit back again until it reports its end.
        aligner.TakeReady(batch, 100);
        Assert.Single(batch);
        aligner.ReachedEnd(Effectif);
        aligner.TakeReady(batch, 100);
        Assert.Equal(["sf.dgefp.effectif/0", "sf.urssaf.debit/0"], Names(batch));
    }

    [Fact]
    public void ASilentPartition_StopsHoldingTheOthers_AfterTheSilence()
    {
        var aligner = Aligner(Debit, Effectif);
        aligner.Add(Message(Debit, 0, "2024-03-20"));
        var batch = new List<IngestMessage>();

        _time.Advance(Silence - TimeSpan.FromMilliseconds(1));
        aligner.TakeReady(batch, 100);
        Assert.Empty(batch);

        _time.Advance(TimeSpan.FromMilliseconds(1));
        aligner.TakeReady(batch, 100);
        Assert.Equal(["sf.urssaf.debit/0"], Names(batch));
    }

    [Fact]
    public void APartitionResumedAfterAPause_HoldsTheOthersBackAgain_UntilItReportsItsEnd()
    {
        // Both at their end, then paused for a storage outage; meanwhile a debit of an earlier day reached the
        // debit topic, which the client could not fetch while paused. Once resumed, the effectif partition's
        // later day must wait for the debit partition to deliver or report its end again.
        var aligner = ResumedWithAnEffectifWaiting();
        var batch = new List<IngestMessage>();

        aligner.TakeReady(batch, 100);
        Assert.Empty(batch);

        aligner.Add(Message(Debit, 0, "2024-04-05"));
        aligner.ReachedEnd(Debit);
        aligner.TakeReady(batch, 100);
        Assert.Equal(["sf.urssaf.debit/0", "sf.dgefp.effectif/0"], Names(batch));
    }

    [Fact]
    public void APartitionResumedAfterAPause_ThatStaysSilent_StopsHoldingAfterTheSilence()
    {
        var aligner = ResumedWithAnEffectifWaiting();
        var batch = new List<IngestMessage>();

        _time.Advance(Silence);
        aligner.TakeReady(batch, 100);

        Assert.Equal(["sf.dgefp.effectif/0"], Names(batch));
    }

    /// <summary>Both partitions at their end, paused and resumed; then the effectif partition hands out a later day.</summary>
    private DeliveryDateAligner ResumedWithAnEffectifWaiting()
    {
        var aligner = Aligner(Debit, Effectif);
        aligner.ReachedEnd(Debit);
        aligner.ReachedEnd(Effectif);
        aligner.Resumed([Debit, Effectif]);
        aligner.Add(Message(Effectif, 0, "2024-04-20"));
        return aligner;
    }

    [Fact]
    public void UndatedMessages_LeaveAtOnce_WhateverTheOthers()
    {
        var aligner = Aligner(Debit, Effectif);
        aligner.Add(new IngestMessage(Debit, 0, null, Encoding.UTF8.GetBytes("not json")));
        aligner.Add(Message(Debit, 1, "2024-03-20"));
        var batch = new List<IngestMessage>();

        aligner.TakeReady(batch, 100);

        Assert.Equal(["sf.urssaf.debit/0"], Names(batch));
        Assert.Equal(1, aligner.Held);
    }

    [Fact]
    public void WithinAPartition_OffsetOrderIsKept_EvenWhenDatesGoBack()
    {
        var aligner = Aligner(Debit, Effectif);
        aligner.Add(Message(Debit, 0, "2024-04-20"));
        aligner.Add(Message(Debit, 1, "2024-03-20"));
        aligner.Add(Message(Effectif, 0, "2024-04-05"));
        aligner.ReachedEnd(Debit);
        aligner.ReachedEnd(Effectif);
        var batch = new List<IngestMessage>();

        aligner.TakeReady(batch, 100);

        // The late correction of March cannot overtake April's file it was produced after.
        Assert.Equal(["sf.dgefp.effectif/0", "sf.urssaf.debit/0", "sf.urssaf.debit/1"], Names(batch));
    }

    [Fact]
    public void TakeReady_StopsAtMax_AndGoesOnNextTime()
    {
        var aligner = Aligner(Debit);
        for (var i = 0; i < 5; i++)
        {
            aligner.Add(Message(Debit, i, "2024-03-20"));
        }

        aligner.ReachedEnd(Debit);
        var batch = new List<IngestMessage>();
        aligner.TakeReady(batch, 3);
        Assert.Equal(3, batch.Count);

        batch.Clear();
        aligner.TakeReady(batch, 3);
        Assert.Equal([3L, 4L], batch.Select(m => m.Offset));
    }

    [Fact]
    public void AFullPartition_AsksToBePaused_AndToBeResumedOnceHalfLeft()
    {
        var aligner = new DeliveryDateAligner(4, Silence, _time);
        aligner.Assign(Debit);
        aligner.Assign(Effectif);
        for (var i = 0; i < 4; i++)
        {
            aligner.Add(Message(Debit, i, "2024-03-20"));
        }

        var (pause, resume) = aligner.TakePauseChanges();
        Assert.Equal([Debit], pause);
        Assert.Empty(resume);
        Assert.Equal([Debit], aligner.PausedPartitions);

        aligner.ReachedEnd(Effectif);
        var batch = new List<IngestMessage>();
        aligner.TakeReady(batch, 2);
        (pause, resume) = aligner.TakePauseChanges();
        Assert.Empty(pause);
        Assert.Equal([Debit], resume);
        Assert.Empty(aligner.PausedPartitions);
    }

    [Fact]
    public void APartitionPausedThenResumedBeforeTheChangesAreTaken_IsReportedToResume()
    {
        // The consumer may have been paused meanwhile by someone else (the storage pause resumes the whole
        // assignment, then pauses again what the merge holds full): the changes give the state to be in,
        // not a difference that would cancel out and leave the partition paused for good.
        var aligner = new DeliveryDateAligner(4, Silence, _time);
        aligner.Assign(Debit);
        aligner.Assign(Effectif);
        aligner.ReachedEnd(Effectif);
        for (var i = 0; i < 4; i++)
        {
            aligner.Add(Message(Debit, i, "2024-03-20"));
        }

        Assert.Equal([Debit], aligner.PausedPartitions);
        var batch = new List<IngestMessage>();
        aligner.TakeReady(batch, 10);

        var (pause, resume) = aligner.TakePauseChanges();
        Assert.Empty(pause);
        Assert.Equal([Debit], resume);
        Assert.Empty(aligner.PausedPartitions);
        Assert.Equal(([], []), aligner.TakePauseChanges());
    }

    [Fact]
    public void Revoke_DropsWhatThePartitionHeld_AndStopsWaitingForIt()
    {
        var aligner = Aligner(Debit, Effectif);
        aligner.Add(Message(Debit, 0, "2024-03-20"));
        aligner.Add(Message(Effectif, 0, "2024-03-05"));
        aligner.Revoke(Effectif);
        aligner.ReachedEnd(Debit);
        var batch = new List<IngestMessage>();

        aligner.TakeReady(batch, 100);

        Assert.Equal(["sf.urssaf.debit/0"], Names(batch));
        Assert.Equal(0, aligner.Held);
    }

    [Fact]
    public void ASpreadOfPartitions_ReleasesEveryMessageOnce_InNonDecreasingDates()
    {
        var partitions = Enumerable.Range(0, 6).Select(i => new TopicPartition($"t{i % 3}", i / 3)).ToArray();
        var aligner = Aligner(partitions);
        var random = new Random(12);
        var expected = 0;
        foreach (var partition in partitions)
        {
            var day = new DateOnly(2024, 1, 1);
            for (var offset = 0; offset < 50; offset++)
            {
                day = day.AddDays(random.Next(0, 4));
                aligner.Add(Message(partition, offset, day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
                expected++;
            }

            aligner.ReachedEnd(partition);
        }

        var batch = new List<IngestMessage>();
        while (aligner.Held > 0)
        {
            var before = batch.Count;
            aligner.TakeReady(batch, batch.Count + 7);
            Assert.True(batch.Count > before, "no progress with every partition at its end");
        }

        Assert.Equal(expected, batch.Count);
        var dates = batch.Select(m => DeliveryDate.Read(m.Value)!.Value).ToList();
        Assert.Equal(dates.Order(), dates);
        Assert.All(batch.GroupBy(m => m.TopicPartition), g => Assert.Equal(g.Select(m => m.Offset).Order(), g.Select(m => m.Offset)));
    }

    private DeliveryDateAligner Aligner(params TopicPartition[] partitions)
    {
        var aligner = new DeliveryDateAligner(1_000, Silence, _time);
        foreach (var partition in partitions)
        {
            aligner.Assign(partition);
        }

        return aligner;
    }

    private static IngestMessage Message(TopicPartition partition, long offset, string deliveredOn) =>
        new(partition, offset, Encoding.UTF8.GetBytes("542107651"),
            Encoding.UTF8.GetBytes($$$"""{"schema":"urssaf.debit","version":1,"data":{"siren":"542107651","periode":{"debut":"2024-01-01"},"deliveredOn":"{{{deliveredOn}}}","montant":1.5}}"""));

    private static List<string> Names(List<IngestMessage> batch) =>
        [.. batch.Select(m => $"{m.TopicPartition.Topic}/{m.Offset}")];
}
