using System.CommandLine;
using Rampart.Advisor;

namespace Rampart.Cli.Advise;

/// <summary>
/// One command-line option per questionnaire question (<c>--team 2-5 --lifespan 3y+ …</c>), restricted to the question's
/// answers so a wrong value is a usage error (exit code 2) that lists the valid ones. Shared by <c>advise</c> and <c>new</c>.
/// </summary>
internal sealed class QuestionnaireOptions
{
    private readonly List<(Question Question, Option<string> Option)> _options;

    private QuestionnaireOptions(List<(Question, Option<string>)> options) => _options = options;

    /// <summary>The options, in questionnaire order.</summary>
    public IReadOnlyList<Option<string>> Options => [.. _options.Select(o => o.Option)];

    /// <summary>Creates the options: <c>--&lt;question id&gt;</c>, accepting only that question's answers.</summary>
    public static QuestionnaireOptions Create()
    {
        var options = new List<(Question, Option<string>)>();
        foreach (var question in Questionnaire.Questions)
        {
            var option = new Option<string>($"--{question.Id}")
            {
                Description = $"{question.Title}: {string.Join(" | ", question.OptionIds)}. Defaults to {question.Default.Id}.",
                HelpName = "answer",
            };
            option.CompletionSources.Add([.. question.OptionIds]);
            option.Validators.Add(result =>
            {
                var value = result.GetValueOrDefault<string>();
                if (value is not null && !question.OptionIds.Contains(value, StringComparer.Ordinal))
                {
                    result.AddError($"'{value}' is not a valid answer to --{question.Id}. Valid answers: {string.Join(", ", question.OptionIds)}.");
                }
            });
            options.Add((question, option));
        }

        return new QuestionnaireOptions(options);
    }

    /// <summary>Adds every option to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var (_, option) in _options)
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The answers given as flags (source <see cref="AnswerSource.Flag"/>); questions without a flag stay unanswered.</summary>
    public AnswerSet Bind(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var answers = AnswerSet.Empty;
        foreach (var (question, option) in _options)
        {
            if (parseResult.GetValue(option) is { } value)
            {
                answers = answers.With(question.Id, value, AnswerSource.Flag);
            }
        }

        return answers;
    }
}
