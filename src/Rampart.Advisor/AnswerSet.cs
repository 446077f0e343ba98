namespace Rampart.Advisor;

/// <summary>
/// An immutable set of answers, at most one per question. Unanswered questions take their default when the set is
/// completed, and the result remembers which ones were defaulted.
/// </summary>
public sealed class AnswerSet
{
    private readonly Dictionary<string, Answer> _answers;

    private AnswerSet(Dictionary<string, Answer> answers) => _answers = answers;

    /// <summary>A set with no answers.</summary>
    public static AnswerSet Empty { get; } = new(new Dictionary<string, Answer>(StringComparer.Ordinal));

    /// <summary>The answers given so far, in questionnaire order.</summary>
    public IReadOnlyList<Answer> Answers => [.. Questionnaire.Questions.Where(q => _answers.ContainsKey(q.Id)).Select(q => _answers[q.Id])];

    /// <summary>The questions not answered yet, in questionnaire order.</summary>
    public IReadOnlyList<Question> Unanswered => [.. Questionnaire.Questions.Where(q => !_answers.ContainsKey(q.Id))];

    /// <summary>True when the question has an answer.</summary>
    public bool IsAnswered(string questionId) => _answers.ContainsKey(questionId);

    /// <summary>The answer to a question, or null.</summary>
    public Answer? Find(string questionId) => _answers.GetValueOrDefault(questionId);

    /// <summary>The chosen option id for a question; throws when it is not answered.</summary>
    public string this[string questionId] => _answers[questionId].Option.Id;

    /// <summary>
    /// Returns a copy with <paramref name="questionId"/> answered by <paramref name="optionId"/>, replacing any earlier answer.
    /// Throws <see cref="InvalidAnswerException"/> (listing the valid values) for an unknown question or option.
    /// </summary>
    public AnswerSet With(string questionId, string optionId, AnswerSource source = AnswerSource.Flag, string? evidence = null)
    {
        var question = Questionnaire.Get(questionId);
        var option = question.Parse(optionId);
        var copy = new Dictionary<string, Answer>(_answers, StringComparer.Ordinal)
        {
            [question.Id] = new Answer(question, option, source, evidence),
        };
        return new AnswerSet(copy);
    }

    /// <summary>Returns a copy where the answers of <paramref name="other"/> replace these (used to let flags win over inferences).</summary>
    public AnswerSet Overlay(AnswerSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var copy = new Dictionary<string, Answer>(_answers, StringComparer.Ordinal);
        foreach (var answer in other._answers.Values)
        {
            copy[answer.Question.Id] = answer;
        }

        return new AnswerSet(copy);
    }

    /// <summary>Returns a copy with every unanswered question set to its default (source <see cref="AnswerSource.Default"/>).</summary>
    public AnswerSet WithDefaults()
    {
        var copy = new Dictionary<string, Answer>(_answers, StringComparer.Ordinal);
        foreach (var question in Questionnaire.Questions.Where(q => !copy.ContainsKey(q.Id)))
        {
            copy[question.Id] = new Answer(question, question.Default, AnswerSource.Default);
        }

        return new AnswerSet(copy);
    }

    /// <summary>Parses <c>question=option</c> pairs (for example from flags); throws <see cref="InvalidAnswerException"/> on the first bad one.</summary>
    public static AnswerSet From(IEnumerable<KeyValuePair<string, string>> answers, AnswerSource source = AnswerSource.Flag)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return answers.Aggregate(Empty, (set, pair) => set.With(pair.Key, pair.Value, source));
    }
}
