using Rampart.AspNetCore.GraphQL.Errors;
using Rampart.AspNetCore.GraphQL.Limits;

namespace Rampart.AspNetCore.GraphQL.Tests;

public sealed class DocumentLimitsTests
{
    private static readonly RampartGraphQLOptions Options = new() { MaxDepth = 5, MaxComplexity = 100 };

    [Theory]
    [InlineData(5, 100)]
    [InlineData(1, 1)]
    public void Check_AtOrUnderTheLimits_Passes(int depth, double complexity) => Assert.Null(DocumentLimits.Check(depth, complexity, Options));

    [Fact]
    public void Check_TooDeep_IsDepthExceeded()
    {
        var error = DocumentLimits.Check(6, 10, Options);

        Assert.Equal(GraphQLErrorCodes.DepthExceeded, error?.Code);
        Assert.Contains("allows 5", error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TooComplex_IsComplexityExceeded()
    {
        var error = DocumentLimits.Check(2, 100.5, Options);

        Assert.Equal(GraphQLErrorCodes.ComplexityExceeded, error?.Code);
    }
}
