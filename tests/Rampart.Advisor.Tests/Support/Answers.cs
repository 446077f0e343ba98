namespace Rampart.Advisor.Tests.Support;

/// <summary>Builds answer sets from <c>question=option</c> pairs.</summary>
internal static class Answers
{
    public static AnswerSet Of(params string[] pairs) =>
        pairs.Select(p => p.Split('=', 2)).Aggregate(AnswerSet.Empty, (set, kv) => set.With(kv[0], kv[1]));
}
