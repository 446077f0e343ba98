namespace Rampart.Analyzers;

/// <summary>
/// The categories Rampart's rules are grouped in; each owns one id range. Names are single words so that
/// <c>.editorconfig</c> can address them (<c>dotnet_analyzer_diagnostic.category-Data.severity = error</c>).
/// </summary>
public static class RuleCategories
{
    /// <summary>Module boundaries and project layout (RMP1xxx).</summary>
    public const string Architecture = "Architecture";

    /// <summary>Endpoint contracts: shapes, validation, bounds, idempotency (RMP2xxx).</summary>
    public const string Api = "HttpApi";

    /// <summary>Data access: query shapes, keys, loading (RMP3xxx).</summary>
    public const string Data = "Data";

    /// <summary>Resilience and observability: async discipline, logging, outbound calls, health (RMP4xxx).</summary>
    public const string Resilience = "Resilience";

    /// <summary>Security: secrets, injection, authorization, information disclosure (RMP5xxx).</summary>
    public const string Security = "Security";

    /// <summary>Governance of the rules themselves, such as suppressions (RMP9xxx).</summary>
    public const string Governance = "Governance";
}
