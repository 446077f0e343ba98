namespace Rampart.Advisor;

/// <summary>The answer to one question.</summary>
/// <param name="Question">The question answered.</param>
/// <param name="Option">The chosen option.</param>
/// <param name="Source">Where the answer came from.</param>
/// <param name="Evidence">For inferred answers, what it was inferred from (for example <c>3 distinct git authors in the last year</c>).</param>
public sealed record Answer(Question Question, QuestionOption Option, AnswerSource Source, string? Evidence = null);
