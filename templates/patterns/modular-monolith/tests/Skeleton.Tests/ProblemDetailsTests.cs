// The platform checks of the clean skeleton, which needs no database.
#if !RAMPART_EXAMPLE_SHOP
using System.Net;

namespace Skeleton.Tests;

public sealed class ProblemDetailsTests
{
    [Fact]
    public async Task UnknownRoute_Returns404AsProblemJson()
    {
        await using var factory = await SkeletonFactory.CreateAsync();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/no-such-route", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task OpenApiDocument_IsServed()
    {
        await using var factory = await SkeletonFactory.CreateAsync();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
#endif
