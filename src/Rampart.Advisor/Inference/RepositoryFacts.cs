namespace Rampart.Advisor.Inference;

/// <summary>
/// What was measured in an existing repository. The caller collects these (git, file scan); <see cref="RepositoryInference"/>
/// turns them into answers, so the rules stay pure and testable.
/// </summary>
public sealed record RepositoryFacts
{
    /// <summary>Distinct commit authors (by e-mail) in the last 365 days; null when there is no git history.</summary>
    public int? AuthorsLastYear { get; init; }

    /// <summary>Time since the first commit; null when there is no git history.</summary>
    public TimeSpan? HistoryAge { get; init; }

    /// <summary>Distinct persisted entity types (<c>DbSet&lt;T&gt;</c> and <c>IEntityTypeConfiguration&lt;T&gt;</c>). Defaults to 0.</summary>
    public int EntityCount { get; init; }

    /// <summary>HTTP endpoints (minimal-API <c>Map*</c> calls and <c>[Http*]</c> attributes). Defaults to 0.</summary>
    public int EndpointCount { get; init; }

    /// <summary>C# project files. Defaults to 0.</summary>
    public int ProjectCount { get; init; }

    /// <summary>Message-broker client libraries referenced (for example <c>RabbitMQ.Client</c>). Defaults to none.</summary>
    public IReadOnlyList<string> BrokerClients { get; init; } = [];

    /// <summary>Distinct outbound HTTP clients registered (<c>AddHttpClient</c>). Defaults to 0.</summary>
    public int HttpClientCount { get; init; }

    /// <summary>SignalR hubs mapped (<c>MapHub&lt;T&gt;</c>). Defaults to 0.</summary>
    public int HubCount { get; init; }

    /// <summary>Hosted background services (<c>BackgroundService</c> subclasses). Defaults to 0.</summary>
    public int BackgroundServiceCount { get; init; }
}
