namespace Rampart.Advisor;

/// <summary>An answer that is not one of a question's options (or a question that does not exist).</summary>
public sealed class InvalidAnswerException : ArgumentException
{
    /// <summary>Creates the exception for <paramref name="value"/> given to <paramref name="questionId"/>.</summary>
    public InvalidAnswerException(string questionId, string? value, IReadOnlyList<string> validValues)
        : base($"'{value}' is not a valid answer to '{questionId}'. Valid answers: {string.Join(", ", validValues)}.")
    {
        QuestionId = questionId;
        Value = value;
        ValidValues = validValues;
    }

    /// <summary>Creates the exception (for serializers and analyzers; prefer the other constructor).</summary>
    public InvalidAnswerException()
        : this(string.Empty, null, [])
    {
    }

    /// <summary>Creates the exception (for serializers and analyzers; prefer the other constructor).</summary>
    public InvalidAnswerException(string message, Exception innerException)
        : base(message, innerException)
    {
        QuestionId = string.Empty;
        ValidValues = [];
    }

    /// <summary>The question (or the unknown question id).</summary>
    public string QuestionId { get; }

    /// <summary>The rejected value.</summary>
    public string? Value { get; }

    /// <summary>The values that would have been accepted.</summary>
    public IReadOnlyList<string> ValidValues { get; }
}
