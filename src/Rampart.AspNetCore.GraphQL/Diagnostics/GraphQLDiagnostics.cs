using System.Diagnostics;
using GraphQLParser.AST;

namespace Rampart.AspNetCore.GraphQL.Diagnostics;

/// <summary>
/// Traces of the GraphQL block: one span per operation, named by its type and operation name (never its text, which
/// may carry personal data in literals), and one per batch a DataLoader fetches.
/// </summary>
public static class GraphQLDiagnostics
{
    /// <summary>The name of the activity source; the telemetry block's <c>Rampart.*</c> already listens to it.</summary>
    public const string ActivitySourceName = "Rampart.AspNetCore.GraphQL";

    private static readonly ActivitySource Source = new(ActivitySourceName);

    internal static Activity? StartOperation(OperationType type, string? name)
    {
        var kind = type switch
        {
            OperationType.Mutation => "mutation",
            OperationType.Subscription => "subscription",
            _ => "query",
        };
        var activity = Source.StartActivity(name is { Length: > 0 } ? $"{kind} {name}" : kind, ActivityKind.Internal);
        activity?.SetTag("graphql.operation.type", kind);
        if (name is { Length: > 0 })
        {
            activity?.SetTag("graphql.operation.name", name);
        }

        return activity;
    }

    internal static Activity? StartBatch(string loader, int keys)
    {
        var activity = Source.StartActivity($"dataloader {loader}", ActivityKind.Internal);
        activity?.SetTag("graphql.dataloader.name", loader);
        activity?.SetTag("graphql.dataloader.batch_size", keys);
        return activity;
    }
}
