using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Training.Labels;

/// <summary>
/// The out-of-time windows (domain.md §5): training months end 18 months before the evaluation window
/// starts, so the label of a training month (its months t+1..t+18) never reaches into the evaluation
/// period; the evaluation window ends at the last month whose 18-month future is in the log.
/// </summary>
public sealed record TrainingWindows(Month TrainFrom, Month TrainTo, Month EvalFrom, Month EvalTo)
{
    /// <summary>
    /// Windows for a log covering [<paramref name="firstMonth"/>, <paramref name="lastMonth"/>]: evaluation on
    /// the last <paramref name="evalMonths"/> labelled months, training from <paramref name="warmupMonths"/>
    /// after the first month (features need some history) up to 19 months before the evaluation starts.
    /// Null when the log is too short for both.
    /// </summary>
    public static TrainingWindows? For(Month firstMonth, Month lastMonth, int evalMonths, int warmupMonths)
    {
        var evalTo = lastMonth.AddMonths(-TargetRule.HorizonMonths);
        var evalFrom = evalTo.AddMonths(1 - Math.Max(1, evalMonths));
        var trainTo = evalFrom.AddMonths(-TargetRule.HorizonMonths - 1);
        var trainFrom = firstMonth.AddMonths(Math.Max(0, warmupMonths));
        return trainTo >= trainFrom && evalFrom >= firstMonth ? new TrainingWindows(trainFrom, trainTo, evalFrom, evalTo) : null;
    }

    /// <summary>The last month any training label looks at.</summary>
    public Month LastTrainingLabelMonth => TrainTo.AddMonths(TargetRule.HorizonMonths);

    /// <summary>True when no training label overlaps the evaluation window.</summary>
    public bool IsOutOfTime => LastTrainingLabelMonth < EvalFrom;

    public bool InTraining(Month month) => month >= TrainFrom && month <= TrainTo;

    public bool InEvaluation(Month month) => month >= EvalFrom && month <= EvalTo;
}
