namespace Rampart.Advisor;

/// <summary>One answer's contribution to the chosen pattern's score.</summary>
/// <param name="Answer">The answer.</param>
/// <param name="Points">Its weight for the chosen pattern: positive pushes toward it, negative away from it.</param>
public sealed record Factor(Answer Answer, int Points)
{
    /// <summary>Why the answer matters, in one sentence.</summary>
    public string Reason => Answer.Option.Implication;
}
