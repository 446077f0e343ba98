using Rampart.Advisor;
using Spectre.Console;

namespace Rampart.Cli.Advise;

/// <summary>
/// Asks with a Spectre text prompt restricted to the question's answer ids, Enter taking the default. A text prompt
/// (rather than a selection list) also works on terminals without ANSI support.
/// </summary>
internal sealed class SpectreAnswerPrompter(IAnsiConsole console) : IAnswerPrompter
{
    public QuestionOption Ask(Question question)
    {
        ArgumentNullException.ThrowIfNull(question);
        console.WriteLine();
        foreach (var option in question.Options)
        {
            console.MarkupLine($"  [bold]{Markup.Escape(option.Id),-17}[/] {Markup.Escape(option.Label)}: {Markup.Escape(option.Implication)}");
        }

        var prompt = new TextPrompt<string>($"{Markup.Escape(question.Prompt)} ([bold]{Markup.Escape(question.Title)}[/])")
            .InvalidChoiceMessage($"[red]Please answer one of: {Markup.Escape(string.Join(", ", question.OptionIds))}[/]")
            .DefaultValue(question.Default.Id)
            .ShowDefaultValue()
            .ShowChoices();
        prompt.AddChoices(question.OptionIds);
        return question.Parse(console.Prompt(prompt));
    }
}
