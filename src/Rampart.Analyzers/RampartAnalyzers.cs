using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Rampart.Analyzers.Rules;

namespace Rampart.Analyzers;

/// <summary>
/// The entry point for hosts that run Rampart's rules outside the compiler, such as <c>rampart audit</c>.
/// The same analyzers load into the build and the IDE from the analyzer package.
/// </summary>
public static class RampartAnalyzers
{
    private static readonly Lazy<ImmutableArray<DiagnosticAnalyzer>> LazyAll = new(CreateAll);
    private static readonly Lazy<ImmutableArray<DiagnosticDescriptor>> LazyDescriptors = new(CreateDescriptors);

    /// <summary>Gets one instance of every Rampart analyzer.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> All => LazyAll.Value;

    /// <summary>
    /// Gets every rule's descriptor, ordered by id. <see cref="DiagnosticDescriptor.Description"/> holds the one-line
    /// "how to fix" and <see cref="DiagnosticDescriptor.HelpLinkUri"/> the rule's documentation page.
    /// </summary>
    public static ImmutableArray<DiagnosticDescriptor> Descriptors => LazyDescriptors.Value;

    /// <summary>Finds the descriptor of a rule id such as <c>RMP3001</c>, or <see langword="null"/> when the id is unknown.</summary>
    /// <param name="id">The rule id, compared case-insensitively.</param>
    public static DiagnosticDescriptor? Find(string id) =>
        Descriptors.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase));

    private static ImmutableArray<DiagnosticAnalyzer> CreateAll() =>
    [
        new DoNotUseHorizontalLayerFoldersAnalyzer(),
        new DoNotReferenceModuleInternalsAnalyzer(),
        new DoNotReturnEntitiesFromEndpointsAnalyzer(),
        new ValidateRequestBodiesAnalyzer(),
        new BoundListEndpointsAnalyzer(),
        new SupportIdempotentPostsAnalyzer(),
        new DoNotQueryDatabaseInLoopAnalyzer(),
        new DoNotUseOffsetPaginationAnalyzer(),
        new UseSequentialGuidKeysAnalyzer(),
        new DoNotEnableLazyLoadingAnalyzer(),
        new AddNotNullColumnsWithDefaultAnalyzer(),
        new DoNotChangeColumnTypesInPlaceAnalyzer(),
        new RenameAndDropInExpandContractStepsAnalyzer(),
        new CreateIndexesConcurrentlyAnalyzer(),
        new AddConstraintsNotValidAnalyzer(),
        new LoadRelatedDataThroughDataLoaderAnalyzer(),
        new DoNotBlockOnAsyncAnalyzer(),
        new DoNotUseAsyncVoidAnalyzer(),
        new DoNotWriteToConsoleAnalyzer(),
        new UseStructuredLogMessagesAnalyzer(),
        new ConfigureHttpClientResilienceAnalyzer(),
        new ValidateOptionsOnStartAnalyzer(),
        new MapHealthChecksAnalyzer(),
        new DoNotHardcodeSecretsAnalyzer(),
        new DoNotExposeExceptionDetailsAnalyzer(),
        new DeclareEndpointAuthorizationAnalyzer(),
        new DoNotBuildSqlFromStringsAnalyzer(),
        new JustifySuppressionsAnalyzer(),
    ];

    private static ImmutableArray<DiagnosticDescriptor> CreateDescriptors() =>
        All.SelectMany(a => a.SupportedDiagnostics)
            .GroupBy(d => d.Id, StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToImmutableArray();
}
