namespace Rampart.Analyzers;

/// <summary>The categories Rampart's rules are grouped in; each owns one id range.</summary>
public static class RuleCategories
{
    /// <summary>Module boundaries and project layout (RMP1xxx).</summary>
    public const string Architecture = "Architecture";

    /// <summary>Endpoint contracts: shapes, validation, bounds, idempotency (RMP2xxx).</summary>
    public const string Api = "HTTP/API";

    /// <summary>Data access: query shapes, keys, loading (RMP3xxx).</summary>
    public const string Data = "Data";

    /// <summary>Resilience and observability: async discipline, logging, outbound calls, health (RMP4xxx).</summary>
    public const string Resilience = "Resilience/Observability";

    /// <summary>Security: secrets, injection, authorization, information disclosure (RMP5xxx).</summary>
    public const string Security = "Security";

    /// <summary>Governance of the rules themselves, such as suppressions (RMP9xxx).</summary>
    public const string Governance = "Governance";
}
