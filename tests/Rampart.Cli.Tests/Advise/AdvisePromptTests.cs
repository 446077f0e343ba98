using System.CommandLine;
using Rampart.Advisor;
using Rampart.Cli.Advise;
using Rampart.Cli.Infrastructure;
using Spectre.Console.Testing;

namespace Rampart.Cli.Tests.Advise;

public sealed class AdvisePromptTests
{
    [Fact]
    public void Collect_WithPrompter_AsksOnlyWhatFlagsAndInferenceLeftOpen()
    {
        var prompter = new ScriptedPrompter(q => q.Options[^1].Id);
        var flags = AnswerSet.Empty.With("team", "solo");
        var inferred = AnswerSet.Empty.With("lifespan", "3y+", AnswerSource.Inferred, "old history").With("team", "6-15", AnswerSource.Inferred, "authors");

        var answers = AnswerCollector.Collect(flags, inferred, prompter);

        Assert.Equal(Questionnaire.Questions.Select(q => q.Id).Except(["team", "lifespan"]), prompter.Asked);
        Assert.Equal(("solo", AnswerSource.Flag), (answers["team"], answers.Find("team")!.Source));
        Assert.Equal(("3y+", AnswerSource.Inferred), (answers["lifespan"], answers.Find("lifespan")!.Source));
        Assert.Equal(("quality-first", AnswerSource.Prompt), (answers["time-to-market"], answers.Find("time-to-market")!.Source));
        Assert.Empty(answers.Unanswered);
    }

    [Fact]
    public void Collect_WithoutPrompter_LeavesOpenQuestionsForDefaults()
    {
        var answers = AnswerCollector.Collect(AnswerSet.Empty.With("team", "solo"), AnswerSet.Empty, prompter: null);

        Assert.Equal(Questionnaire.Questions.Count - 1, answers.Unanswered.Count);
    }

    [Fact]
    public void SpectrePrompter_TypedAnswer_IsReturned_AndEnterTakesTheDefault()
    {
        using var console = ScriptedConsole("solo", string.Empty);
        var prompter = new SpectreAnswerPrompter(console);

        Assert.Equal("solo", prompter.Ask(Questionnaire.Get("team")).Id);
        Assert.Equal("1-2y", prompter.Ask(Questionnaire.Get("lifespan")).Id);
        Assert.Contains("How many engineers will work on this service? (Team size) [solo/2-5/6-15/15+] (2-5):", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void SpectrePrompter_InvalidAnswer_ListsValidAnswersAndAsksAgain()
    {
        using var console = ScriptedConsole("huge", "15+");

        var answer = new SpectreAnswerPrompter(console).Ask(Questionnaire.Get("team"));

        Assert.Equal("15+", answer.Id);
        Assert.Contains("Please answer one of: solo, 2-5, 6-15, 15+", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Advise_InteractiveContext_PromptsForUnansweredQuestionsOnly()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error, TextReader.Null, Path.GetTempPath(), isInteractive: true, useColor: false);
        var prompter = new ScriptedPrompter(q => q.Default.Id);
        var root = new RootCommand { AdviseCommand.Create(context, () => prompter) };

        var code = await root.Parse(["advise", "--team", "solo", "--lifespan", "prototype"]).InvokeAsync();

        Assert.Equal(0, code);
        Assert.DoesNotContain("team", prompter.Asked);
        Assert.Equal(Questionnaire.Questions.Count - 2, prompter.Asked.Count);
        Assert.Contains("Team size              solo               flag", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Domain complexity      moderate           prompt", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Advise_InteractiveContextWithJson_DoesNotPrompt()
    {
        using var output = new StringWriter();
        var context = new CliContext(output, TextWriter.Null, TextReader.Null, Path.GetTempPath(), isInteractive: true, useColor: false);
        var prompter = new ScriptedPrompter(q => q.Default.Id);
        var root = new RootCommand { AdviseCommand.Create(context, () => prompter) };

        await root.Parse(["advise", "--json"]).InvokeAsync();

        Assert.Empty(prompter.Asked);
    }

    private sealed class ScriptedPrompter(Func<Question, string> answer) : IAnswerPrompter
    {
        public List<string> Asked { get; } = [];

        public QuestionOption Ask(Question question)
        {
            Asked.Add(question.Id);
            return question.Parse(answer(question));
        }
    }

    /// <summary>An interactive console, wide enough for one prompt per line, that answers with <paramref name="lines"/> in turn.</summary>
    private static TestConsole ScriptedConsole(params string[] lines)
    {
        var console = new TestConsole().Interactive().Width(120);
        foreach (var line in lines)
        {
            console.Input.PushTextWithEnter(line);
        }

        return console;
    }
}
