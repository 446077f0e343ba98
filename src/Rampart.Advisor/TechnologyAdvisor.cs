namespace Rampart.Advisor;

/// <summary>Technology choices from the answers: the seeds' decision tree (API style, auth, data layer, caching, background jobs) and database, caching and messaging tables.</summary>
internal static class TechnologyAdvisor
{
    /// <summary>The <see cref="TechnologyChoice.Id"/> of scheduled work on the jobs block (<c>rampart new --jobs</c>).</summary>
    public const string ScheduledJobsId = "rampart-jobs";

    /// <summary>The <see cref="TechnologyChoice.Id"/> of the GraphQL API style (<c>rampart new --api both</c>).</summary>
    public const string GraphQLId = "graphql";

    public static TechnologyAdvice Advise(AnswerSet a) => new(
        Database(a),
        Messaging(a),
        Caching(a),
        CacheLayers,
        ApiStyles(a),
        Auth(a),
        BackgroundJobs(a),
        DataModel(a));

    private static readonly CacheLayer[] CacheLayers =
    [
        new("application", "Sessions and computed values, keyed {module}:{entity}:{id}.", "Short (seconds to a few minutes); invalidate on every write to the source."),
        new("database", "Query results that are expensive and read often.", "Moderate; no longer than the staleness the use case tolerates."),
        new("cdn", "Static assets and public, cacheable API responses.", "Long; use versioned URLs so a deploy never serves stale content."),
    ];

    private static TechnologyChoice Database(AnswerSet a)
    {
        List<string> reasons =
        [
            "Relational with ACID transactions: the outbox, idempotency keys and optimistic concurrency rely on them.",
            "Mature .NET support (Npgsql and its EF Core provider), with JSONB for the semi-structured parts.",
            "FOR UPDATE SKIP LOCKED lets several outbox relays share work safely.",
        ];
        if (a[QuestionIds.Lifespan] == "prototype")
        {
            reasons.Add("For a prototype too: rampart dev runs a private PostgreSQL from the system's binaries, so there is nothing to set up.");
        }

        if (a[QuestionIds.Queries] == "deep-relations")
        {
            reasons.Add("Deep relations stay relational (foreign keys, recursive CTEs); avoid a document store when joins are core.");
        }

        if (a[QuestionIds.ReadWrite] == "divergent")
        {
            reasons.Add("Read models can start as projection tables in the same database before a separate store is justified.");
        }

        return new("postgresql", "PostgreSQL", reasons);
    }

    private static TechnologyChoice Messaging(AnswerSet a)
    {
        var crossesProcesses = a[QuestionIds.Scaling] == "microservices"
            || a[QuestionIds.Integrations] == "many"
            || (a[QuestionIds.Background] == "event-driven" && a[QuestionIds.Team] is "6-15" or "15+");
        if (crossesProcesses)
        {
            return new("rabbitmq", "RabbitMQ", [
                "Events cross process boundaries: a durable broker gives at-least-once delivery and back-pressure.",
                "Publish through the transactional outbox so no event is lost when the broker is down.",
                "Keep consumers idempotent through an inbox; dead-letter what keeps failing.",
            ]);
        }

        return new("in-process", "In-process relay", [
            "Events are written to the outbox in the same transaction and relayed in-process: no broker to run.",
            "One setting moves the relay to RabbitMQ when a module becomes a service or several instances share the work.",
        ]);
    }

    private static TechnologyChoice Caching(AnswerSet a) => a[QuestionIds.Scaling] == "microservices"
        ? new("redis", "Redis", [
            "Several instances must share cached entries, rate limits and idempotency records.",
            "Never the primary store: every entry must be rebuildable from the database.",
        ])
        : new("in-memory", "In-memory cache", [
            "One instance needs no cache server; cache only what measurements show is hot.",
            "Move to Redis as soon as more than one instance runs: cached entries and rate limits must then be shared.",
        ]);

    private static List<TechnologyChoice> ApiStyles(AnswerSet a)
    {
        List<TechnologyChoice> styles =
        [
            new("rest", "REST", ["The default for CRUD and resource APIs: plural nouns, kebab-case paths, /api/v1/ prefix, { data, meta } envelope, problem details for errors."]),
        ];
        if (a[QuestionIds.Queries] == "deep-relations")
        {
            styles.Add(new(GraphQLId, "GraphQL", ["Clients need flexible queries across deep relations; guard with depth and cost limits and batch loads to avoid N+1."]));
        }

        switch (a[QuestionIds.RealTime])
        {
            case "notifications":
                styles.Add(new("signalr", "SignalR", ["Push notifications to connected clients over WebSocket; send from outbox consumers so a push never precedes its commit."]));
                break;
            case "interactive":
                styles.Add(new("signalr", "SignalR", ["Two-way, low-latency traffic over WebSocket; with more than one instance, add a backplane so every client is reached."]));
                break;
        }

        return styles;
    }

    private static TechnologyChoice Auth(AnswerSet a) => a[QuestionIds.SignIn] == "external-provider"
        ? new("openid-connect", "OpenID Connect", [
            "Set Identity:Authority to the provider (Keycloak realm, Entra ID tenant, Auth0 domain) and Identity:Audience to this API: its tokens are validated with the issuer and signing keys of its discovery document.",
            "Map the provider's role claim with Identity:RoleClaim (roles, or realm_access.roles for Keycloak); set Identity:IssueTokens to false when the provider replaces the service's own sign-in.",
            "Keep resource-ownership checks in the use case.",
        ])
        : new("rampart-identity", "Rampart identity (tokens with refresh rotation)", [
            "Short-lived access tokens signed with an asymmetric key; refresh tokens stored server-side with rotation and reuse detection.",
            "Role-based access and resource-ownership checks in the use case, not only at the route.",
        ]);

    private static TechnologyChoice BackgroundJobs(AnswerSet a) => a[QuestionIds.Background] switch
    {
        "scheduled" => new(ScheduledJobsId, "Rampart jobs block (Quartz.NET, clustered on PostgreSQL)", [
            "rampart new --jobs adds Rampart.AspNetCore.Jobs: Quartz.NET with its clustered job store in the service's own PostgreSQL, cron schedules that settings may change, misfire rules, a log line per run and a clean stop.",
            a[QuestionIds.Scaling] == "single"
                ? "With one instance, make every run idempotent: a firing missed while the service was down runs once at start (the misfire rule)."
                : "Every instance runs the scheduler and the clustered store hands each firing to one of them: no database lock of your own.",
        ]),
        "event-driven" => new("outbox-jobs", "Outbox-driven jobs", [
            "Write the job as an outbox message in the same transaction as the change that triggers it.",
            "A relay delivers it with retry, backoff and dead-lettering; handlers stay idempotent through an inbox.",
        ]),
        _ => new("none", "None", ["Nothing runs outside a request except the outbox relay."]),
    };

    private static TechnologyChoice DataModel(AnswerSet a)
    {
        var ddd = a[QuestionIds.Complexity] == "complex"
            ? "Model the rules as aggregates, value objects and domain events (DDD) with invariants kept on the write side."
            : null;
        List<string> reasons = a[QuestionIds.ReadWrite] == "divergent"
            ? ["Reads and writes diverge: keep the write side strict, serve reads from denormalised read models.", "Read models are eventually consistent; say so in the API where it shows."]
            : ["One model for reads and writes; project to response DTOs, never return entities.", "Introduce CQRS only when read and write needs diverge materially."];
        if (ddd is not null)
        {
            reasons.Add(ddd);
        }

        return a[QuestionIds.ReadWrite] == "divergent"
            ? new("cqrs", "CQRS", reasons)
            : new("single-model", "Single model", reasons);
    }
}
