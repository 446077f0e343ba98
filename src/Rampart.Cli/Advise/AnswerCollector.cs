using Rampart.Advisor;

namespace Rampart.Cli.Advise;

/// <summary>Merges answers by precedence: flags over inferences; then, at a terminal, prompts for what is still missing.</summary>
internal static class AnswerCollector
{
    /// <summary>The merged answers; with a <paramref name="prompter"/>, every question ends up answered.</summary>
    public static AnswerSet Collect(AnswerSet flags, AnswerSet inferred, IAnswerPrompter? prompter)
    {
        var answers = inferred.Overlay(flags);
        if (prompter is null)
        {
            return answers;
        }

        foreach (var question in answers.Unanswered)
        {
            answers = answers.With(question.Id, prompter.Ask(question).Id, AnswerSource.Prompt);
        }

        return answers;
    }
}
