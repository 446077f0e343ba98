using System.Net;
using Rampart.AspNetCore.Data.Tests.Host;

namespace Rampart.AspNetCore.Data.Tests;

public sealed class OptimisticConcurrencyTests(ShopFixture shop) : IClassFixture<ShopFixture>
{
    private HttpClient Client => shop.Host.Client;

    [Fact]
    public async Task Get_Product_HasVersionETag()
    {
        var id = await Client.CreateProductAsync(Http.UniqueSku());

        using var response = await Client.GetAsync($"/products/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task Patch_WithoutIfMatch_Is428()
    {
        var id = await Client.CreateProductAsync(Http.UniqueSku());

        using var response = await Client.SendAsync(Http.Json(HttpMethod.Patch, $"/products/{id}", new UpdateProduct("New", null, null)));

        Assert.Equal(HttpStatusCode.PreconditionRequired, response.StatusCode);
        Assert.Equal("concurrency.if_match_required", await response.ProblemCodeAsync());
    }

    [Theory]
    [InlineData("1")]
    [InlineData("\"one\"")]
    [InlineData("*")]
    public async Task Patch_MalformedIfMatch_Is400(string ifMatch)
    {
        var id = await Client.CreateProductAsync(Http.UniqueSku());

        using var response = await Client.SendAsync(Http.Json(HttpMethod.Patch, $"/products/{id}", new UpdateProduct("New", null, null), ("If-Match", ifMatch)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("concurrency.if_match_invalid", await response.ProblemCodeAsync());
    }

    [Fact]
    public async Task Patch_MalformedIfMatch_NamesTheHeaderAsSent()
    {
        var id = await Client.CreateProductAsync(Http.UniqueSku());

        using var response = await Client.SendAsync(Http.Json(HttpMethod.Patch, $"/products/{id}", new UpdateProduct("New", null, null), ("If-Match", "1")));

        var errors = (await response.BodyAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("If-Match", out _), errors.GetRawText());
    }

    [Fact]
    public async Task Patch_WeakETagOfTheCurrentVersion_Is412AndChangesNothing()
    {
        var id = await Client.CreateProductAsync(Http.UniqueSku());

        using var weak = await Client.SendAsync(Http.Json(HttpMethod.Patch, $"/products/{id}", new UpdateProduct("Weak", null, null), ("If-Match", "W/\"1\"")));
        using var read = await Client.GetAsync($"/products/{id}");

        Assert.Equal(HttpStatusCode.PreconditionFailed, weak.StatusCode);
        Assert.Equal("catalog.version_conflict", await weak.ProblemCodeAsync());
        Assert.Equal("\"1\"", read.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task Patch_CurrentVersion_Is200WithNewETagAndChange()
    {
        var id = await Client.CreateProductAsync(Http.UniqueSku());

        using var response = await Client.SendAsync(Http.Json(HttpMethod.Patch, $"/products/{id}", new UpdateProduct("Renamed", null, 9), ("If-Match", "\"1\"")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"2\"", response.Headers.ETag?.Tag);
        var data = (await response.BodyAsync()).GetProperty("data");
        Assert.Equal("Renamed", data.GetProperty("name").GetString());
        Assert.Equal(9, data.GetProperty("stock").GetInt32());
        Assert.Equal(2, data.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task Patch_StaleVersion_Is412WithEndpointCodeAndNoChange()
    {
        var id = await Client.CreateProductAsync(Http.UniqueSku());
        using (var first = await Client.SendAsync(Http.Json(HttpMethod.Patch, $"/products/{id}", new UpdateProduct("First", null, null), ("If-Match", "\"1\""))))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        using var stale = await Client.SendAsync(Http.Json(HttpMethod.Patch, $"/products/{id}", new UpdateProduct("Second", null, null), ("If-Match", "\"1\"")));
        using var read = await Client.GetAsync($"/products/{id}");

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("catalog.version_conflict", await stale.ProblemCodeAsync());
        Assert.Equal("First", (await read.BodyAsync()).GetProperty("data").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Patch_ConcurrentWriteBetweenCheckAndSave_Is412NotLostUpdate()
    {
        var id = await Client.CreateProductAsync(Http.UniqueSku());

        using var response = await Client.SendAsync(Http.Json(
            HttpMethod.Patch, $"/products/{id}", new UpdateProduct("Mine", null, null), ("If-Match", "\"1\""), (ProductEndpoints.InterfereHeader, "1")));
        using var read = await Client.GetAsync($"/products/{id}");

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal("catalog.version_conflict", await response.ProblemCodeAsync());
        Assert.Equal("\"2\"", read.Headers.ETag?.Tag);
        Assert.NotEqual("Mine", (await read.BodyAsync()).GetProperty("data").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Patch_TwoConcurrentUpdatesWithOneVersion_One200One412()
    {
        for (var round = 0; round < 5; round++)
        {
            var id = await Client.CreateProductAsync(Http.UniqueSku());
            var updates = Enumerable.Range(0, 2).Select(i => Client.SendAsync(Http.Json(
                HttpMethod.Patch, $"/products/{id}", new UpdateProduct($"Writer {i}", null, i), ("If-Match", "\"1\""))));

            var responses = await Task.WhenAll(updates);

            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.PreconditionFailed], responses.Select(r => r.StatusCode).Order());
            using var read = await Client.GetAsync($"/products/{id}");
            Assert.Equal("\"2\"", read.Headers.ETag?.Tag);
            foreach (var response in responses)
            {
                response.Dispose();
            }
        }
    }
}
