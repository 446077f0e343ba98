namespace Rampart.Advisor.Tests;

public sealed class AnswerSetTests
{
    [Fact]
    public void With_UnknownOption_ThrowsListingValidValues()
    {
        var ex = Assert.Throws<InvalidAnswerException>(() => AnswerSet.Empty.With("team", "huge"));

        Assert.Equal("team", ex.QuestionId);
        Assert.Equal(["solo", "2-5", "6-15", "15+"], ex.ValidValues);
        Assert.Contains("Valid answers: solo, 2-5, 6-15, 15+", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_UnknownQuestion_ThrowsListingQuestions()
    {
        var ex = Assert.Throws<InvalidAnswerException>(() => AnswerSet.Empty.With("budget", "low"));

        Assert.Contains("team", ex.ValidValues);
        Assert.Contains("sign-in", ex.ValidValues);
    }

    [Fact]
    public void With_OptionInOtherCase_IsRejected()
    {
        Assert.Throws<InvalidAnswerException>(() => AnswerSet.Empty.With("team", "SOLO"));
    }

    [Fact]
    public void WithDefaults_FillsOnlyUnanswered_AndMarksThemDefault()
    {
        var set = AnswerSet.Empty.With("team", "solo").WithDefaults();

        Assert.Equal(AnswerSource.Flag, set.Find("team")!.Source);
        Assert.Equal("solo", set["team"]);
        Assert.Equal(AnswerSource.Default, set.Find("lifespan")!.Source);
        Assert.Empty(set.Unanswered);
    }

    [Fact]
    public void Overlay_LaterAnswersWin()
    {
        var inferred = AnswerSet.Empty.With("team", "6-15", AnswerSource.Inferred, "evidence");
        var flags = AnswerSet.Empty.With("team", "solo");

        var merged = inferred.Overlay(flags);

        Assert.Equal("solo", merged["team"]);
        Assert.Equal(AnswerSource.Flag, merged.Find("team")!.Source);
    }

    [Fact]
    public void Questionnaire_EveryDefault_IsOneOfItsOptions_AndIdsAreUnique()
    {
        Assert.All(Questionnaire.Questions, q => Assert.Contains(q.Default, q.Options));
        Assert.Equal(Questionnaire.Questions.Count, Questionnaire.Questions.Select(q => q.Id).Distinct().Count());
        Assert.All(Questionnaire.Questions, q => Assert.Equal(q.Options.Count, q.OptionIds.Distinct().Count()));
    }
}
