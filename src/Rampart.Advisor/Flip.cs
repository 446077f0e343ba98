namespace Rampart.Advisor;

/// <summary>A single changed answer that would change the recommendation.</summary>
/// <param name="Question">The question whose answer would change.</param>
/// <param name="From">The current answer.</param>
/// <param name="To">The answer that would flip the choice.</param>
/// <param name="Pattern">The pattern that would then be recommended.</param>
public sealed record Flip(Question Question, QuestionOption From, QuestionOption To, ArchitecturePattern Pattern);
