using Microsoft.AspNetCore.Http;
using Rampart.AspNetCore.GraphQL.Http;

namespace Rampart.AspNetCore.GraphQL.Tests;

public sealed class GraphQLMediaTypesTests
{
    [Theory]
    [InlineData(null, GraphQLMediaTypes.GraphQLResponse)]
    [InlineData("*/*", GraphQLMediaTypes.GraphQLResponse)]
    [InlineData("application/json", GraphQLMediaTypes.Json)]
    [InlineData("application/json, application/graphql-response+json", GraphQLMediaTypes.GraphQLResponse)]
    [InlineData("application/graphql-response+json;q=0.5, application/json", GraphQLMediaTypes.Json)]
    [InlineData("application/json;q=0, */*;q=0.1", GraphQLMediaTypes.GraphQLResponse)]
    [InlineData("text/html", null)]
    public void Negotiate_Accept_PicksTheMediaType(string? accept, string? expected)
    {
        var context = new DefaultHttpContext();
        if (accept is not null)
        {
            context.Request.Headers.Accept = accept;
        }

        Assert.Equal(expected, GraphQLMediaTypes.Negotiate(context.Request));
    }
}
