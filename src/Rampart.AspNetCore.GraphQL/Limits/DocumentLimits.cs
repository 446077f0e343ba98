using System.Globalization;
using GraphQL.Validation.Complexity;
using Rampart.AspNetCore.GraphQL.Errors;

namespace Rampart.AspNetCore.GraphQL.Limits;

/// <summary>
/// Depth and complexity checked by GraphQL.NET's complexity analyser, refused here so each limit answers its own code
/// (the analyser's built-in refusal has one message shape for both).
/// </summary>
internal static class DocumentLimits
{
    public static void Configure(ComplexityOptions complexity, RampartGraphQLOptions options)
    {
        complexity.MaxDepth = null;
        complexity.MaxComplexity = null;
        complexity.ValidateComplexityDelegate = context =>
        {
            context.Error = Check(context.MaxDepth, context.TotalImpact, options);
            return Task.CompletedTask;
        };
    }

    internal static LimitError? Check(int depth, double complexity, RampartGraphQLOptions options)
    {
        if (depth > options.MaxDepth)
        {
            return new LimitError(
                GraphQLErrorCodes.DepthExceeded,
                string.Create(CultureInfo.InvariantCulture, $"The query nests {depth} levels deep; this service allows {options.MaxDepth}."));
        }

        if (complexity > options.MaxComplexity)
        {
            return new LimitError(
                GraphQLErrorCodes.ComplexityExceeded,
                string.Create(CultureInfo.InvariantCulture, $"The query's complexity is {complexity:0}; this service allows {options.MaxComplexity}. Ask for fewer fields or smaller pages."));
        }

        return null;
    }
}
