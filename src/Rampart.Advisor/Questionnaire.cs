namespace Rampart.Advisor;

/// <summary>
/// The architecture-selection questionnaire: the six questions of the seeds' selection table, then the questions
/// the seeds need for hexagonal (integrations, testability), CQRS (read/write shapes), real-time push, background work,
/// query shape and sign-in.
/// </summary>
public static class Questionnaire
{
    /// <summary>Every question, in the order it is asked.</summary>
    public static IReadOnlyList<Question> Questions { get; } =
    [
        new(QuestionIds.Team, "Team size", "How many engineers will work on this service?", "2-5",
            new("solo", "Solo", "One person holds the whole design, so ceremony costs more than it saves."),
            new("2-5", "2-5 people", "A small team gains from clear boundaries but is slowed by heavy layering."),
            new("6-15", "6-15 people", "Several people change the code at once, so boundaries between parts must be enforced."),
            new("15+", "More than 15", "Several teams share the code and need isolated parts with owners.")),
        new(QuestionIds.Lifespan, "Lifespan", "How long will the service live?", "1-2y",
            new("prototype", "Prototype", "It will be thrown away or rewritten soon, so speed beats structure."),
            new("1-2y", "1-2 years", "It lives long enough for some structure to pay back."),
            new("3y+", "3 years or more", "It lives for years, so structure that keeps change cheap pays back many times.")),
        new(QuestionIds.Complexity, "Domain complexity", "How complex are the business rules?", "moderate",
            new("crud", "Simple CRUD", "Mostly create, read, update and delete over tables, with few rules."),
            new("moderate", "Moderate", "Some workflows and rules spread over a handful of business areas."),
            new("complex", "Complex rules", "Rich invariants and workflows deserve a domain model protected from frameworks.")),
        new(QuestionIds.Scaling, "Scaling plan", "How do you expect the service to be deployed as it grows?", "may-split",
            new("single", "Single service", "One deployable for the foreseeable future."),
            new("may-split", "May split later", "One deployable now; some parts may become services later."),
            new("microservices", "Microservices", "Independent services are planned, so boundaries must be cuttable from day one.")),
        new(QuestionIds.Experience, "Experience level", "What is the team's experience?", "mixed",
            new("junior", "Mostly junior", "Conventions that are easy to follow beat abstract layering."),
            new("mixed", "Mixed", "Explicit, enforced boundaries guide the less experienced."),
            new("senior", "Mostly senior", "The team can carry ports, use cases and a framework-free domain.")),
        new(QuestionIds.TimeToMarket, "Time to market", "What matters more, shipping fast or building for the long run?", "balanced",
            new("asap", "ASAP", "Ship first and add structure later."),
            new("balanced", "Balanced", "Ship steadily without taking on avoidable debt."),
            new("quality-first", "Quality first", "Correctness and maintainability come before speed.")),
        new(QuestionIds.Integrations, "External integrations", "How many external systems (APIs, brokers, providers) will it talk to?", "few",
            new("none", "None", "No external system to call or to be called by."),
            new("few", "1-3", "A few external APIs or a broker."),
            new("many", "4 or more", "Many external systems, each needing an adapter that can be swapped and faked.")),
        new(QuestionIds.Testability, "Testability", "Must the business rules be testable without any external system?", "normal",
            new("normal", "Normal", "Integration tests over the real database are enough."),
            new("critical", "Critical", "Business rules must be tested in isolation from every external system.")),
        new(QuestionIds.ReadWrite, "Read/write shapes", "Do reads need different shapes, performance or storage than writes?", "aligned",
            new("aligned", "Aligned", "Reads return roughly what writes store."),
            new("divergent", "Divergent", "Reads need their own models, so commands and queries are best separated (CQRS).")),
        new(QuestionIds.RealTime, "Real-time needs", "Must the server push updates to clients?", "none",
            new("none", "None", "Clients ask; the server answers."),
            new("notifications", "Notifications", "The server pushes updates such as order status or alerts to connected clients."),
            new("interactive", "Interactive", "Two-way, low-latency traffic such as chat, live collaboration or live scoring.")),
        new(QuestionIds.Background, "Background work", "Is there work to do outside a request?", "none",
            new("none", "None", "Everything happens inside a request."),
            new("scheduled", "Scheduled", "Periodic jobs such as clean-ups, reports or reminders."),
            new("event-driven", "Event-driven", "Work triggered by committed changes: e-mails, projections, calls to other systems.")),
        new(QuestionIds.Queries, "Query shape", "What do clients read?", "simple",
            new("simple", "Resources", "Clients read resources and filtered lists."),
            new("deep-relations", "Deep relations", "Clients need flexible queries across deep relations.")),
        new(QuestionIds.SignIn, "Sign-in", "How do users sign in?", "own-accounts",
            new("own-accounts", "Own accounts", "The service keeps its own users and credentials."),
            new("external-provider", "External provider", "Users sign in through an identity provider (OpenID Connect, social or enterprise).")),
    ];

    /// <summary>The question with the given id, or throws <see cref="InvalidAnswerException"/> listing the known ids.</summary>
    public static Question Get(string id) =>
        Questions.FirstOrDefault(q => string.Equals(q.Id, id, StringComparison.Ordinal))
        ?? throw new InvalidAnswerException("question", id, [.. Questions.Select(q => q.Id)]);
}
