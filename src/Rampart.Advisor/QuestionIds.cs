namespace Rampart.Advisor;

/// <summary>The identifiers of the questionnaire's questions (also the command-line flags without dashes).</summary>
public static class QuestionIds
{
    /// <summary>Team size.</summary>
    public const string Team = "team";

    /// <summary>Expected lifespan.</summary>
    public const string Lifespan = "lifespan";

    /// <summary>Domain complexity.</summary>
    public const string Complexity = "complexity";

    /// <summary>Scaling plan.</summary>
    public const string Scaling = "scaling";

    /// <summary>Experience level of the team.</summary>
    public const string Experience = "experience";

    /// <summary>Time to market.</summary>
    public const string TimeToMarket = "time-to-market";

    /// <summary>Number of external integrations.</summary>
    public const string Integrations = "integrations";

    /// <summary>How critical isolated testability of the business rules is.</summary>
    public const string Testability = "testability";

    /// <summary>Whether read and write shapes diverge (CQRS).</summary>
    public const string ReadWrite = "read-write";

    /// <summary>Real-time push needs.</summary>
    public const string RealTime = "real-time";

    /// <summary>Background work.</summary>
    public const string Background = "background";

    /// <summary>Shape of the queries clients need.</summary>
    public const string Queries = "queries";

    /// <summary>How users sign in.</summary>
    public const string SignIn = "sign-in";
}
