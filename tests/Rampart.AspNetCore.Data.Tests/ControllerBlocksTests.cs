using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rampart.AspNetCore.Data.Idempotency;
using Rampart.AspNetCore.Data.Tests.Host;

namespace Rampart.AspNetCore.Data.Tests;

/// <summary>
/// Idempotency, If-Match and cursor pagination reached from an <c>[ApiController]</c> through the attributes and model
/// binders, on the same database, middleware and answers as the minimal-API endpoints.
/// </summary>
public sealed class ControllerBlocksTests(ShopFixture shop) : IClassFixture<ShopFixture>
{
    private const string Key = "Idempotency-Key";
    private const string Products = "/mvc/products";

    private HttpClient Client => shop.Host.Client;

    [Fact]
    public async Task Idempotent_RepeatedWithSameKeyAndBody_ReplaysOnceWorkRanOnce()
    {
        var key = Guid.NewGuid().ToString();
        var body = new CreateProduct(Http.UniqueSku(), "Chair", 40m, 3);
        var runs = shop.Host.Probe.Runs;

        using var first = await Client.SendAsync(Http.Json(HttpMethod.Post, Products, body, (Key, key)));
        using var replay = await Client.SendAsync(Http.Json(HttpMethod.Post, Products, body, (Key, key)));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Null(first.Header("Idempotent-Replayed"));
        Assert.Equal(HttpStatusCode.Created, replay.StatusCode);
        Assert.Equal("true", replay.Header("Idempotent-Replayed"));
        Assert.Equal(first.Headers.Location, replay.Headers.Location);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await replay.Content.ReadAsStringAsync());
        Assert.Equal(runs + 1, shop.Host.Probe.Runs);
        Assert.Equal(1, await CountProductsAsync(body.Sku));
    }

    [Fact]
    public async Task Idempotent_SameKeyDifferentBody_Is422KeyReused()
    {
        var key = Guid.NewGuid().ToString();
        using var first = await Client.SendAsync(Http.Json(HttpMethod.Post, Products, new CreateProduct(Http.UniqueSku(), "A", 1m, 1), (Key, key)));

        using var second = await Client.SendAsync(Http.Json(HttpMethod.Post, Products, new CreateProduct(Http.UniqueSku(), "B", 1m, 1), (Key, key)));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, second.StatusCode);
        Assert.Equal(IdempotencyErrors.KeyReused, await second.ProblemCodeAsync());
    }

    [Fact]
    public async Task Idempotent_TwentyConcurrentWithOneKey_WorkRunsOnce()
    {
        var key = Guid.NewGuid().ToString();
        var body = new CreateProduct(Http.UniqueSku(), "Race", 9m, 1);

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            Client.SendAsync(Http.Json(HttpMethod.Post, Products, body, (Key, key), (ProductEndpoints.SlowHeader, "1")))));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created && r.Header("Idempotent-Replayed") is null);
        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, r.StatusCode.ToString()));
        Assert.Equal(1, await CountProductsAsync(body.Sku));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task RequireIdempotencyKey_Missing_Is400KeyRequired()
    {
        using var response = await Client.SendAsync(Http.Json(HttpMethod.Post, $"{Products}/required-key", new CreateProduct("S", "N", 1m, 1)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(IdempotencyErrors.KeyRequired, await response.ProblemCodeAsync());
    }

    [Fact]
    public async Task Get_Product_HasVersionETag()
    {
        var id = await Client.CreateProductAsync(Http.UniqueSku());

        using var response = await Client.GetAsync($"{Products}/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.PreconditionRequired, "concurrency.if_match_required")]
    [InlineData("1", HttpStatusCode.BadRequest, "concurrency.if_match_invalid")]
    [InlineData("W/\"1\"", HttpStatusCode.PreconditionFailed, "catalog.version_conflict")]
    [InlineData("\"7\"", HttpStatusCode.PreconditionFailed, "catalog.version_conflict")]
    public async Task RequireIfMatch_UnusableOrStaleVersion_IsRefusedAndChangesNothing(string? ifMatch, HttpStatusCode status, string code)
    {
        var id = await Client.CreateProductAsync(Http.UniqueSku());
        var headers = ifMatch is null ? [] : new[] { ("If-Match", ifMatch) };

        using var response = await Client.SendAsync(Http.Json(HttpMethod.Patch, $"{Products}/{id}", new UpdateProduct("New", null, null), headers));
        using var read = await Client.GetAsync($"{Products}/{id}");

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(code, await response.ProblemCodeAsync());
        Assert.Equal("\"1\"", read.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task RequireIfMatch_CurrentVersion_Is200WithNewETag()
    {
        var id = await Client.CreateProductAsync(Http.UniqueSku());

        using var response = await Client.SendAsync(Http.Json(HttpMethod.Patch, $"{Products}/{id}", new UpdateProduct("Renamed", null, null), ("If-Match", "\"1\"")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"2\"", response.Headers.ETag?.Tag);
        Assert.Equal("Renamed", (await response.BodyAsync()).GetProperty("data").GetProperty("name").GetString());
    }

    [Fact]
    public async Task RequireIfMatch_WriteCommittedInBetween_Is412WithTheActionsConflictCode()
    {
        var id = await Client.CreateProductAsync(Http.UniqueSku());

        using var response = await Client.SendAsync(Http.Json(HttpMethod.Patch, $"{Products}/{id}", new UpdateProduct("Lost", null, null),
            ("If-Match", "\"1\""), (ProductEndpoints.InterfereHeader, "1")));

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal("catalog.version_conflict", await response.ProblemCodeAsync());
    }

    [Fact]
    public async Task RequireIfMatch_OnAnActionNotTakingTheVersion_StillRequiresTheHeader()
    {
        using var response = await Client.PostAsync($"{Products}/{Guid.CreateVersion7()}/archive", content: null);

        Assert.Equal(HttpStatusCode.PreconditionRequired, response.StatusCode);
        Assert.Equal("concurrency.if_match_required", await response.ProblemCodeAsync());
    }

    [Theory]
    [InlineData("limit=0", "pagination.invalid_limit")]
    [InlineData("limit=ten", "pagination.invalid_limit")]
    [InlineData("cursor=not-a-cursor", "pagination.invalid_cursor")]
    public async Task PageRequest_BadLimitOrCursor_Is400(string query, string code)
    {
        using var response = await Client.GetAsync($"{Products}?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, await response.ProblemCodeAsync());
    }

    [Fact]
    public async Task PageRequest_WalkAllPages_MatchesTheMinimalApiWalk()
    {
        for (var i = 0; i < 5; i++)
        {
            await Client.CreateProductAsync(Http.UniqueSku());
        }

        var controller = await WalkAsync(Products, limit: 2);
        var minimal = await WalkAsync("/products", limit: 2);

        Assert.True(controller.Count >= 5);
        Assert.Equal(minimal, controller);
        Assert.Equal(controller.Count, controller.Distinct().Count());
    }

    private async Task<List<Guid>> WalkAsync(string path, int limit)
    {
        var seen = new List<Guid>();
        string? cursor = null;
        for (var page = 0; page < 100; page++)
        {
            using var response = await Client.GetAsync($"{path}?limit={limit}" + (cursor is null ? string.Empty : $"&cursor={cursor}"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.BodyAsync();
            seen.AddRange(body.GetProperty("data").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()));
            cursor = body.GetProperty("meta").GetProperty("nextCursor").GetString();
            if (cursor is null)
            {
                return seen;
            }
        }

        throw new InvalidOperationException("Pagination did not end.");
    }

    private async Task<long> CountProductsAsync(string sku)
    {
        await using var scope = shop.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
        return await db.Products.IgnoreQueryFilters().LongCountAsync(p => p.Sku == sku);
    }
}
