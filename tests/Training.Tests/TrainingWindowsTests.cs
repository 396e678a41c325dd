using CsCheck;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Training.Labels;

namespace SignauxFaibles.Training.Tests;

public class TrainingWindowsTests
{
    [Fact]
    public void For_FiveYearLog_TrainingEndsNineteenMonthsBeforeEvaluation()
    {
        var w = TrainingWindows.For(Month.Of(2019, 1), Month.Of(2023, 12), evalMonths: 6, warmupMonths: 3)!;

        Assert.Equal((Month.Of(2019, 4), Month.Of(2020, 6)), (w.TrainFrom, w.TrainTo));
        Assert.Equal((Month.Of(2022, 1), Month.Of(2022, 6)), (w.EvalFrom, w.EvalTo));
        Assert.Equal(Month.Of(2021, 12), w.LastTrainingLabelMonth);
        Assert.True(w.IsOutOfTime);
    }

    [Fact]
    public void For_AnyLog_NoTrainingLabelOverlapsEvaluationAndEvaluationIsLabelled() =>
        Gen.Select(Gen.Int[0, 600], Gen.Int[0, 120], Gen.Int[1, 24], Gen.Int[0, 12]).Sample((start, length, eval, warmup) =>
        {
            var first = new Month(24_000 + start);
            var last = first.AddMonths(length);
            var w = TrainingWindows.For(first, last, eval, warmup);
            if (w is null)
            {
                return length < 36 + eval + warmup;
            }

            return w.IsOutOfTime
                && w.TrainTo.AddMonths(TargetRule.HorizonMonths) < w.EvalFrom
                && TargetRule.IsLabelled(w.EvalTo, last)
                && w.TrainFrom >= first && w.TrainFrom <= w.TrainTo && w.EvalFrom <= w.EvalTo;
        });

    [Fact]
    public void FirmSplit_SameSeed_SameSplitAndShareNearTarget()
    {
        var split = new FirmSplit(42, 0.25);
        var sirens = Enumerable.Range(0, 20_000).Select(i => (100_000_000 + (i * 7919)).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var held = sirens.Count(split.IsHoldout);
        Assert.InRange(held / 20_000.0, 0.23, 0.27);
        Assert.Equal(sirens.Select(split.IsHoldout), sirens.Select(new FirmSplit(42, 0.25).IsHoldout));
        Assert.NotEqual(sirens.Select(split.IsHoldout), sirens.Select(new FirmSplit(43, 0.25).IsHoldout));
    }
}
