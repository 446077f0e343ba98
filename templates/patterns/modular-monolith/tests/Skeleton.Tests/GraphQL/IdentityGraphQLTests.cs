#if RAMPART_API_GRAPHQL
using System.Net;
using Skeleton.Tests.Support;

namespace Skeleton.Tests.GraphQL;

public sealed class IdentityGraphQLTests(ShopApp app) : IClassFixture<ShopApp>
{
    [Fact]
    public async Task Me_SignedIn_ReturnsTheCallerFromTheToken()
    {
        using var customer = await app.CreateCustomerClientAsync();

        var me = (await customer.QueryAsync("{ me { id email roles } }")).Data().GetProperty("me");

        Assert.True(Guid.TryParse(me.GetProperty("id").GetString(), out _));
        Assert.StartsWith("customer-", me.GetProperty("email").GetString(), StringComparison.Ordinal);
        Assert.Contains("customer", me.GetProperty("roles").EnumerateArray().Select(role => role.GetString()));
    }

    [Fact]
    public async Task Me_Anonymous_IsNullWithUnauthorized()
    {
        using var anonymous = app.CreateClient();

        var result = await anonymous.QueryAsync("{ me { id } }");

        Assert.Equal("http.unauthorized", result.ErrorCode());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, result.GetProperty("data").GetProperty("me").ValueKind);
    }

    [Fact]
    public async Task Schema_OutsideDevelopment_IsNotServedUnlessIntrospectionIsOn()
    {
        using var anonymous = app.CreateClient();

        using var schema = await anonymous.GetAsync(new Uri($"{GraphQLClient.Path}/schema.graphql", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, schema.StatusCode);
    }
}
#endif
