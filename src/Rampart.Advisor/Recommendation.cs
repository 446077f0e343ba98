namespace Rampart.Advisor;

/// <summary>The advisor's decision with everything needed to explain it.</summary>
public sealed class Recommendation
{
    internal Recommendation(
        AnswerSet answers,
        IReadOnlyList<PatternScore> scores,
        IReadOnlyList<Factor> toward,
        IReadOnlyList<Factor> away,
        IReadOnlyList<Flip> flips,
        IReadOnlyList<string> rationale,
        TechnologyAdvice technology)
    {
        Answers = answers;
        Scores = scores;
        Toward = toward;
        Away = away;
        Flips = flips;
        Rationale = rationale;
        Technology = technology;
        Profile = PatternProfiles.Get(Pattern);
    }

    /// <summary>The recommended pattern.</summary>
    public ArchitecturePattern Pattern => Scores[0].Pattern;

    /// <summary>The second-best pattern.</summary>
    public PatternScore RunnerUp => Scores[1];

    /// <summary>How many points the recommended pattern is ahead of the runner-up (0 on a tie won by tie-breaking).</summary>
    public int Margin => Scores[0].Points - Scores[1].Points;

    /// <summary>Every answer, defaults included, in questionnaire order.</summary>
    public AnswerSet Answers { get; }

    /// <summary>The questions that were not answered and took their default.</summary>
    public IReadOnlyList<Question> Defaulted => [.. Answers.Answers.Where(a => a.Source == AnswerSource.Default).Select(a => a.Question)];

    /// <summary>Every pattern's score, best first (ties in <see cref="ArchitecturePatterns.InTieBreakOrder"/>).</summary>
    public IReadOnlyList<PatternScore> Scores { get; }

    /// <summary>Answers that pushed toward the recommended pattern, strongest first.</summary>
    public IReadOnlyList<Factor> Toward { get; }

    /// <summary>Answers that pushed away from the recommended pattern, strongest first.</summary>
    public IReadOnlyList<Factor> Away { get; }

    /// <summary>Single answer changes that would change the recommendation; those leading to the runner-up first.</summary>
    public IReadOnlyList<Flip> Flips { get; }

    /// <summary>The explanation in plain sentences; never empty.</summary>
    public IReadOnlyList<string> Rationale { get; }

    /// <summary>Shape, trade-offs, growth path and revisit triggers of the recommended pattern.</summary>
    public PatternProfile Profile { get; }

    /// <summary>Database, messaging, caching, API, auth, background-job and data-model advice.</summary>
    public TechnologyAdvice Technology { get; }

    /// <summary>
    /// The <c>rampart new</c> command that generates this advice: the pattern, RabbitMQ when events cross processes,
    /// <c>--jobs</c> for scheduled work and <c>--api both</c> when GraphQL is advised (beside REST, which stays the
    /// contract), with <c>&lt;Name&gt;</c> standing for the service's name.
    /// </summary>
    public string NewCommand =>
        $"rampart new <Name> --pattern {Pattern.ToId()}"
        + (Technology.Messaging.Id == "rabbitmq" ? " --broker rabbitmq" : string.Empty)
        + (Technology.BackgroundJobs.Id == TechnologyAdvisor.ScheduledJobsId ? " --jobs" : string.Empty)
        + (ServesAdvisedGraphQL ? " --api both" : string.Empty);

    /// <summary>
    /// GraphQL is advised and the pattern's template serves it (modular-monolith so far), so <c>rampart new</c> generates
    /// it beside REST: elsewhere the command stays REST-only, since rampart new would refuse <c>--api</c> there, and the
    /// advice names GraphQL for the team to add.
    /// </summary>
    public bool ServesAdvisedGraphQL =>
        Pattern == ArchitecturePattern.ModularMonolith && Technology.ApiStyles.Any(style => style.Id == TechnologyAdvisor.GraphQLId);
}
