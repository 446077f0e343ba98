namespace Rampart.Analyzers;

/// <summary>Every Rampart rule id, grouped by category range (see <see cref="RuleCategories"/>).</summary>
public static class RuleIdentifiers
{
    /// <summary>Horizontal Controllers/Services/Repositories folders in a slice-based project.</summary>
    public const string DoNotUseHorizontalLayerFolders = "RMP1001";

    /// <summary>A module references another module's internals.</summary>
    public const string DoNotReferenceModuleInternals = "RMP1002";

    /// <summary>An EF Core entity type is returned from an endpoint.</summary>
    public const string DoNotReturnEntitiesFromEndpoints = "RMP2001";

    /// <summary>A request body type carries no validation.</summary>
    public const string ValidateRequestBodies = "RMP2002";

    /// <summary>A list endpoint materialises a query without a bound.</summary>
    public const string BoundListEndpoints = "RMP2003";

    /// <summary>A state-changing POST has no idempotency support.</summary>
    public const string SupportIdempotentPosts = "RMP2004";

    /// <summary>A database call runs inside a loop (N+1).</summary>
    public const string DoNotQueryDatabaseInLoop = "RMP3001";

    /// <summary>Offset pagination with a variable skip.</summary>
    public const string DoNotUseOffsetPagination = "RMP3002";

    /// <summary><c>Guid.NewGuid()</c> used as an entity key.</summary>
    public const string UseSequentialGuidKeys = "RMP3003";

    /// <summary>EF Core lazy loading is enabled.</summary>
    public const string DoNotEnableLazyLoading = "RMP3004";

    /// <summary>A migration adds a NOT NULL column without a default to an existing table.</summary>
    public const string AddNotNullColumnsWithDefault = "RMP3005";

    /// <summary>A migration changes the type of an existing column.</summary>
    public const string DoNotChangeColumnTypesInPlace = "RMP3006";

    /// <summary>A migration renames or drops a column or table the previous release still reads.</summary>
    public const string RenameAndDropInExpandContractSteps = "RMP3007";

    /// <summary>A migration creates an index on an existing table without CONCURRENTLY.</summary>
    public const string CreateIndexesConcurrently = "RMP3008";

    /// <summary>A migration adds a foreign key or check constraint to an existing table without NOT VALID.</summary>
    public const string AddConstraintsNotValid = "RMP3009";

    /// <summary>A GraphQL field resolver queries the database per parent object instead of through a DataLoader.</summary>
    public const string LoadRelatedDataThroughDataLoader = "RMP3010";

    /// <summary>Blocking on a task (<c>.Result</c>, <c>.Wait()</c>, <c>GetAwaiter().GetResult()</c>).</summary>
    public const string DoNotBlockOnAsync = "RMP4001";

    /// <summary>An <c>async void</c> method or lambda that is not an event handler.</summary>
    public const string DoNotUseAsyncVoid = "RMP4002";

    /// <summary><c>Console.Write*</c> instead of a logger.</summary>
    public const string DoNotWriteToConsole = "RMP4003";

    /// <summary>A log message built by interpolation or concatenation.</summary>
    public const string UseStructuredLogMessages = "RMP4004";

    /// <summary>An <c>HttpClient</c> without a timeout or resilience handler.</summary>
    public const string ConfigureHttpClientResilience = "RMP4005";

    /// <summary>Options bound without validation on start.</summary>
    public const string ValidateOptionsOnStart = "RMP4006";

    /// <summary>A web application maps no health checks.</summary>
    public const string MapHealthChecks = "RMP4007";

    /// <summary>A secret is hardcoded in source.</summary>
    public const string DoNotHardcodeSecrets = "RMP5001";

    /// <summary>An exception message or stack trace is written to a response.</summary>
    public const string DoNotExposeExceptionDetails = "RMP5002";

    /// <summary>An endpoint has neither authorization nor an explicit anonymous marker.</summary>
    public const string DeclareEndpointAuthorization = "RMP5003";

    /// <summary>SQL built by concatenation or interpolation reaches a raw-SQL API.</summary>
    public const string DoNotBuildSqlFromStrings = "RMP5004";

    /// <summary>A Rampart suppression carries no justification.</summary>
    public const string JustifySuppressions = "RMP9001";
}
