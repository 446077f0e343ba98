using Rampart.Advisor;

namespace Rampart.Cli.Advise;

/// <summary>Asks one questionnaire question at a terminal; a seam so tests can answer for the user.</summary>
internal interface IAnswerPrompter
{
    /// <summary>Asks <paramref name="question"/> and returns one of its options.</summary>
    QuestionOption Ask(Question question);
}
