using Microsoft.Extensions.Logging;

namespace Rampart.AspNetCore.GraphQL.Http;

internal static partial class GraphQLLog
{
    [LoggerMessage(EventId = 2301, Level = LogLevel.Error, Message = "Unhandled exception in the GraphQL resolver of {FieldPath} (operation {OperationName})")]
    public static partial void ResolverFailed(ILogger logger, Exception exception, string fieldPath, string operationName);

    [LoggerMessage(EventId = 2302, Level = LogLevel.Information, Message = "GraphQL request refused: {Code}")]
    public static partial void RequestRefused(ILogger logger, string code);
}
