using System.CommandLine;
using Rampart.Advisor;
using Rampart.Cli.Advise;

namespace Rampart.Cli.Tests.Advise;

public sealed class QuestionnaireOptionsTests
{
    [Fact]
    public void Bind_FlagsOnAnotherCommand_ReturnFlagAnswersOnly()
    {
        // The way `rampart new` reuses the questionnaire: add the options to its own command and bind them.
        var options = QuestionnaireOptions.Create();
        var command = new Command("new");
        options.AddTo(command);

        var answers = options.Bind(command.Parse(["--team", "6-15", "--real-time", "interactive"]));

        Assert.Equal(["team", "real-time"], answers.Answers.Select(a => a.Question.Id));
        Assert.All(answers.Answers, a => Assert.Equal(AnswerSource.Flag, a.Source));
        Assert.Equal("interactive", answers["real-time"]);
    }

    [Fact]
    public void Create_OneOptionPerQuestion_NamedAfterIt()
    {
        var names = QuestionnaireOptions.Create().Options.Select(o => o.Name);

        Assert.Equal(Questionnaire.Questions.Select(q => $"--{q.Id}"), names);
    }

    [Fact]
    public void Parse_BadValue_IsAParseErrorListingValidAnswers()
    {
        var options = QuestionnaireOptions.Create();
        var command = new Command("new");
        options.AddTo(command);

        var result = command.Parse(["--scaling", "galactic"]);

        var error = Assert.Single(result.Errors);
        Assert.Equal("'galactic' is not a valid answer to --scaling. Valid answers: single, may-split, microservices.", error.Message);
    }
}
