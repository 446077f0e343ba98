namespace Rampart.Advisor;

/// <summary>Where an answer came from; shown next to it so a reader knows what was chosen and what was assumed.</summary>
public enum AnswerSource
{
    /// <summary>Not answered: the question's default was used.</summary>
    Default,

    /// <summary>Given as a command-line flag.</summary>
    Flag,

    /// <summary>Answered at an interactive prompt.</summary>
    Prompt,

    /// <summary>Inferred from an existing repository.</summary>
    Inferred,
}
