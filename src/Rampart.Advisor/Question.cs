namespace Rampart.Advisor;

/// <summary>One question of the architecture questionnaire, with its closed list of options.</summary>
public sealed class Question
{
    internal Question(string id, string title, string prompt, string defaultOptionId, params QuestionOption[] options)
    {
        Id = id;
        Title = title;
        Prompt = prompt;
        Options = options;
        Default = options.Single(o => o.Id == defaultOptionId);
    }

    /// <summary>The identifier, also the command-line flag without its dashes, for example <c>team</c>.</summary>
    public string Id { get; }

    /// <summary>A short title, for example <c>Team size</c>.</summary>
    public string Title { get; }

    /// <summary>The question as asked at a prompt.</summary>
    public string Prompt { get; }

    /// <summary>The allowed answers, in the order they are offered.</summary>
    public IReadOnlyList<QuestionOption> Options { get; }

    /// <summary>The answer assumed when the question is skipped (the seeds' default).</summary>
    public QuestionOption Default { get; }

    /// <summary>The option identifiers, in order.</summary>
    public IReadOnlyList<string> OptionIds => [.. Options.Select(o => o.Id)];

    /// <summary>Finds the option with the given id (exact, ordinal), or throws <see cref="InvalidAnswerException"/> listing the valid ones.</summary>
    public QuestionOption Parse(string? value) =>
        Options.FirstOrDefault(o => string.Equals(o.Id, value, StringComparison.Ordinal))
        ?? throw new InvalidAnswerException(Id, value, OptionIds);
}
