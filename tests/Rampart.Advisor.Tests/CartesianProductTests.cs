namespace Rampart.Advisor.Tests;

public sealed class CartesianProductTests
{
    [Fact]
    public void Recommend_EveryAnswerCombination_YieldsExplainedPatternWithoutException()
    {
        var reached = new HashSet<ArchitecturePattern>();
        var combinations = 0;
        foreach (var answers in AllCombinations())
        {
            var r = ArchitectureAdvisor.Recommend(answers);
            combinations++;
            reached.Add(r.Pattern);

            Assert.True(Enum.IsDefined(r.Pattern));
            Assert.NotEmpty(r.Rationale);
            Assert.All(r.Rationale, line => Assert.False(string.IsNullOrWhiteSpace(line)));
            Assert.Empty(r.Defaulted);
            Assert.Equal(r.Scores[0].Points, r.Toward.Sum(f => f.Points) + r.Away.Sum(f => f.Points));
            Assert.NotEqual(r.Pattern, r.RunnerUp.Pattern);
            if (r.Margin == 0)
            {
                Assert.True(TieRank(r.Pattern) < TieRank(r.RunnerUp.Pattern), "ties must go to the pattern earlier in the tie-break order");
            }
        }

        Assert.Equal(419_904, combinations);
        Assert.Equal(Enum.GetValues<ArchitecturePattern>().Length, reached.Count);
    }

    [Fact]
    public void Recommend_EveryFlip_ReallyChangesTheRecommendation()
    {
        foreach (var answers in Enumerable.Range(0, Count).Where(i => i % 97 == 0).Select(Combination))
        {
            var r = ArchitectureAdvisor.Recommend(answers);
            foreach (var flip in r.Flips)
            {
                var flipped = ArchitectureAdvisor.Recommend(r.Answers.With(flip.Question.Id, flip.To.Id));
                Assert.Equal(flip.Pattern, flipped.Pattern);
            }
        }
    }

    private static int TieRank(ArchitecturePattern pattern) => ArchitecturePatterns.InTieBreakOrder.ToList().IndexOf(pattern);

    private static int Count => Questionnaire.Questions.Aggregate(1, (n, q) => n * q.Options.Count);

    private static IEnumerable<AnswerSet> AllCombinations() => Enumerable.Range(0, Count).Select(Combination);

    // The combination number is read as a mixed-radix number, one digit per question.
    private static AnswerSet Combination(int number)
    {
        var set = AnswerSet.Empty;
        foreach (var question in Questionnaire.Questions)
        {
            set = set.With(question.Id, question.Options[number % question.Options.Count].Id);
            number /= question.Options.Count;
        }

        return set;
    }
}
