using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rampart.AspNetCore.Data.Idempotency;
using Rampart.AspNetCore.Data.Tests.Host;

namespace Rampart.AspNetCore.Data.Tests;

public sealed class IdempotencyTests(ShopFixture shop) : IClassFixture<ShopFixture>
{
    private const string Key = "Idempotency-Key";

    private HttpClient Client => shop.Host.Client;

    [Fact]
    public async Task Post_RepeatedWithSameKeyAndBody_ReplaysStatusHeadersAndBodyOnce()
    {
        var key = Guid.NewGuid().ToString();
        var body = new CreateProduct(Http.UniqueSku(), "Chair", 40m, 3);
        var runs = shop.Host.Probe.Runs;

        using var first = await Client.SendAsync(Http.Json(HttpMethod.Post, "/products", body, (Key, key)));
        using var replay = await Client.SendAsync(Http.Json(HttpMethod.Post, "/products", body, (Key, key)));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Null(first.Header("Idempotent-Replayed"));
        Assert.Equal(HttpStatusCode.Created, replay.StatusCode);
        Assert.Equal("true", replay.Header("Idempotent-Replayed"));
        Assert.Equal(first.Headers.Location, replay.Headers.Location);
        Assert.Equal(first.Headers.ETag, replay.Headers.ETag);
        Assert.Equal(first.Content.Headers.ContentType, replay.Content.Headers.ContentType);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await replay.Content.ReadAsStringAsync());
        Assert.Equal(runs + 1, shop.Host.Probe.Runs);
        Assert.Equal(1, await CountProductsAsync(body.Sku));
    }

    [Fact]
    public async Task Post_SameKeyDifferentBody_Is422KeyReused()
    {
        var key = Guid.NewGuid().ToString();
        using var first = await Client.SendAsync(Http.Json(HttpMethod.Post, "/products", new CreateProduct(Http.UniqueSku(), "A", 1m, 1), (Key, key)));

        using var second = await Client.SendAsync(Http.Json(HttpMethod.Post, "/products", new CreateProduct(Http.UniqueSku(), "B", 1m, 1), (Key, key)));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, second.StatusCode);
        Assert.Equal(IdempotencyErrors.KeyReused, await second.ProblemCodeAsync());
    }

    [Theory]
    [InlineData(256)]
    [InlineData(1000)]
    public async Task Post_KeyTooLong_Is400(int length)
    {
        using var response = await Client.SendAsync(Http.Json(HttpMethod.Post, "/products", new CreateProduct(Http.UniqueSku(), "A", 1m, 1), (Key, new string('k', length))));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(IdempotencyErrors.KeyInvalid, await response.ProblemCodeAsync());
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("tab\there")]
    [InlineData("caf\u00e9")]
    public async Task Post_KeyNotVisibleAscii_Is400(string key)
    {
        var request = Http.Json(HttpMethod.Post, "/products", new CreateProduct(Http.UniqueSku(), "A", 1m, 1));
        request.Headers.TryAddWithoutValidation(Key, key);

        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(IdempotencyErrors.KeyInvalid, await response.ProblemCodeAsync());
    }

    [Fact]
    public async Task Post_KeyOf255Characters_IsAccepted()
    {
        using var response = await Client.SendAsync(Http.Json(HttpMethod.Post, "/products", new CreateProduct(Http.UniqueSku(), "A", 1m, 1), (Key, new string('k', 254) + Guid.NewGuid().ToString("N")[..1])));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Post_RequiredKeyMissing_Is400KeyRequired()
    {
        using var missing = await Client.SendAsync(Http.Json(HttpMethod.Post, "/products/required-key", new CreateProduct("X", "A", 1m, 1)));
        using var present = await Client.SendAsync(Http.Json(HttpMethod.Post, "/products/required-key", new CreateProduct("X", "A", 1m, 1), (Key, Guid.NewGuid().ToString())));

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(IdempotencyErrors.KeyRequired, await missing.ProblemCodeAsync());
        var errors = (await missing.BodyAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("Idempotency-Key", out _), errors.GetRawText());
        Assert.Equal(HttpStatusCode.OK, present.StatusCode);
    }

    [Fact]
    public async Task Post_WithoutKeyOnOptionalEndpoint_RunsEachTime()
    {
        var sku = Http.UniqueSku();
        using var first = await Client.SendAsync(Http.Json(HttpMethod.Post, "/products", new CreateProduct(sku, "A", 1m, 1)));
        using var second = await Client.SendAsync(Http.Json(HttpMethod.Post, "/products", new CreateProduct(sku, "A", 1m, 1)));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("catalog.sku_taken", await second.ProblemCodeAsync());
    }

    [Fact]
    public async Task Post_SameKeyFromTwoCallers_RunsForEach()
    {
        var key = Guid.NewGuid().ToString();
        var sku = Http.UniqueSku();

        using var alice = await Client.SendAsync(Http.Json(HttpMethod.Post, "/products", new CreateProduct(sku + "-A", "A", 1m, 1), (Key, key), (ShopHost.UserHeader, "alice")));
        using var bob = await Client.SendAsync(Http.Json(HttpMethod.Post, "/products", new CreateProduct(sku + "-B", "A", 1m, 1), (Key, key), (ShopHost.UserHeader, "bob")));

        Assert.Equal(HttpStatusCode.Created, alice.StatusCode);
        Assert.Equal(HttpStatusCode.Created, bob.StatusCode);
        Assert.Null(bob.Header("Idempotent-Replayed"));
        Assert.NotEqual(alice.Headers.Location, bob.Headers.Location);
    }

    [Fact]
    public async Task Post_WhileFirstStillRunning_Is409InFlightThenReplays()
    {
        var key = Guid.NewGuid().ToString();
        var body = new CreateProduct(Http.UniqueSku(), "Slow", 2m, 1);
        var probe = shop.Host.Probe;
        var first = Client.SendAsync(Http.Json(HttpMethod.Post, "/products", body, (Key, key), (ProductEndpoints.HoldHeader, "1")));
        await probe.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));

        using var during = await Client.SendAsync(Http.Json(HttpMethod.Post, "/products", body, (Key, key)));
        probe.Release.TrySetResult();
        using var completed = await first;
        using var after = await Client.SendAsync(Http.Json(HttpMethod.Post, "/products", body, (Key, key)));

        Assert.Equal(HttpStatusCode.Conflict, during.StatusCode);
        Assert.Equal(IdempotencyErrors.InFlight, await during.ProblemCodeAsync());
        Assert.Equal(HttpStatusCode.Created, completed.StatusCode);
        Assert.Equal(HttpStatusCode.Created, after.StatusCode);
        Assert.Equal("true", after.Header("Idempotent-Replayed"));
        Assert.Equal(1, await CountProductsAsync(body.Sku));
    }

    [Fact]
    public async Task Post_ServerErrorFirst_ReleasesKeySoRetryRuns()
    {
        var key = Guid.NewGuid().ToString();
        var body = new CreateProduct(Http.UniqueSku(), "Flaky", 2m, 1);

        using var failed = await Client.SendAsync(Http.Json(HttpMethod.Post, "/products", body, (Key, key), (ProductEndpoints.FailHeader, "1")));
        using var retried = await Client.SendAsync(Http.Json(HttpMethod.Post, "/products", body, (Key, key)));

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retried.StatusCode);
        Assert.Null(retried.Header("Idempotent-Replayed"));
        Assert.Equal(1, await CountProductsAsync(body.Sku));
    }

    [Fact]
    public async Task Post_FinalClientError_IsStoredAndReplayed()
    {
        var sku = Http.UniqueSku();
        await Client.CreateProductAsync(sku);
        var key = Guid.NewGuid().ToString();
        var body = new CreateProduct(sku, "Duplicate", 2m, 1);

        using var first = await Client.SendAsync(Http.Json(HttpMethod.Post, "/products", body, (Key, key)));
        using var replay = await Client.SendAsync(Http.Json(HttpMethod.Post, "/products", body, (Key, key)));

        Assert.Equal(HttpStatusCode.Conflict, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, replay.StatusCode);
        Assert.Equal("true", replay.Header("Idempotent-Replayed"));
        Assert.Equal("catalog.sku_taken", await replay.ProblemCodeAsync());
    }

    [Fact]
    public async Task Post_ReturnedErrorOfUseCase_IsStoredAndReplayed()
    {
        var key = Guid.NewGuid().ToString();
        var body = new CreateProduct(Http.UniqueSku(), "Rejected", 2m, 1);
        var runs = shop.Host.Probe.Runs;

        using var first = await Client.SendAsync(Http.Json(HttpMethod.Post, "/products/rejected", body, (Key, key)));
        using var replay = await Client.SendAsync(Http.Json(HttpMethod.Post, "/products/rejected", body, (Key, key)));

        Assert.Equal(HttpStatusCode.Conflict, first.StatusCode);
        Assert.Equal("catalog.rejected", await first.ProblemCodeAsync());
        Assert.Equal(HttpStatusCode.Conflict, replay.StatusCode);
        Assert.Equal("true", replay.Header("Idempotent-Replayed"));
        Assert.Equal("catalog.rejected", await replay.ProblemCodeAsync());
        Assert.Equal(runs + 1, shop.Host.Probe.Runs);
    }

    [Fact]
    public async Task Post_TwentyConcurrentWithOneKey_WorkRunsOnce()
    {
        var key = Guid.NewGuid().ToString();
        var body = new CreateProduct(Http.UniqueSku(), "Race", 9m, 1);
        var runs = shop.Host.Probe.Runs;

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            Client.SendAsync(Http.Json(HttpMethod.Post, "/products", body, (Key, key), (ProductEndpoints.SlowHeader, "1")))));

        await AssertRanOnceAsync(responses, body.Sku);
        Assert.Equal(runs + 1, shop.Host.Probe.Runs);
    }

    [Fact]
    public async Task Post_ConcurrentWithOneKeyOnTwoInstances_WorkRunsOnce()
    {
        await using var second = await ShopHost.StartAsync(shop.Database.ConnectionString, migrateOnStartup: true);
        var key = Guid.NewGuid().ToString();
        var body = new CreateProduct(Http.UniqueSku(), "Race", 9m, 1);
        var runs = shop.Host.Probe.Runs;

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            (i % 2 == 0 ? Client : second.Client).SendAsync(Http.Json(HttpMethod.Post, "/products", body, (Key, key), (ProductEndpoints.SlowHeader, "1")))));

        await AssertRanOnceAsync(responses, body.Sku);
        Assert.Equal(runs + 1, shop.Host.Probe.Runs + second.Probe.Runs);
    }

    [Fact]
    public async Task Patch_RepeatedWithSameKey_ReplaysInsteadOf412()
    {
        var id = await Client.CreateProductAsync(Http.UniqueSku());
        var key = Guid.NewGuid().ToString();
        var update = new UpdateProduct("Once", null, null);

        using var first = await Client.SendAsync(Http.Json(HttpMethod.Patch, $"/products/{id}", update, ("If-Match", "\"1\""), (Key, key)));
        using var again = await Client.SendAsync(Http.Json(HttpMethod.Patch, $"/products/{id}", update, ("If-Match", "\"1\""), (Key, key)));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("true", again.Header("Idempotent-Replayed"));
        Assert.Equal("\"2\"", again.Headers.ETag?.Tag);
    }

    private async Task AssertRanOnceAsync(HttpResponseMessage[] responses, string sku)
    {
        var fresh = responses.Where(r => r.StatusCode == HttpStatusCode.Created && r.Header("Idempotent-Replayed") is null).ToList();
        Assert.Single(fresh);
        foreach (var response in responses.Except(fresh))
        {
            if (response.StatusCode == HttpStatusCode.Created)
            {
                Assert.Equal("true", response.Header("Idempotent-Replayed"));
                Assert.Equal(fresh[0].Headers.Location, response.Headers.Location);
            }
            else
            {
                Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
                Assert.Equal(IdempotencyErrors.InFlight, await response.ProblemCodeAsync());
            }
        }

        Assert.Equal(1, await CountProductsAsync(sku));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    private async Task<long> CountProductsAsync(string sku)
    {
        await using var scope = shop.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
        return await db.Products.IgnoreQueryFilters().LongCountAsync(p => p.Sku == sku);
    }
}
