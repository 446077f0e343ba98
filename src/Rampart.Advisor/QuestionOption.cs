namespace Rampart.Advisor;

/// <summary>One allowed answer to a <see cref="Question"/>.</summary>
/// <param name="Id">The value accepted on the command line and written to JSON, for example <c>2-5</c>.</param>
/// <param name="Label">The human label, for example <c>2–5 people</c>.</param>
/// <param name="Implication">What choosing it means for the design, in one sentence; quoted in explanations.</param>
public sealed record QuestionOption(string Id, string Label, string Implication);
