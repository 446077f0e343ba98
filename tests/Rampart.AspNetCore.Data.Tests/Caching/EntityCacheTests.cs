using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rampart.AspNetCore.Data.Caching;
using Rampart.AspNetCore.Data.Tests.Host;
using Rampart.AspNetCore.Envelopes;
using Rampart.Testing;

namespace Rampart.AspNetCore.Data.Tests.Caching;

/// <summary>The in-memory cache of one instance (no Redis) on a real PostgreSQL database of the test's own.</summary>
public sealed class EntityCacheTests : IAsyncLifetime
{
    private PostgresDatabase _database = null!;
    private ShopHost _host = null!;

    private CacheProbe Probe => _host.Services.GetRequiredService<CacheProbe>();

    public async Task InitializeAsync()
    {
        _database = await PostgresDatabase.CreateAsync();
        _host = await ShopHost.StartAsync(_database.ConnectionString, services: CachedProductEndpoints.AddCaching);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task GetById_Twice_LoadsFromTheDatabaseOnce()
    {
        var id = await _host.Client.CreateProductAsync(Http.UniqueSku());

        using var first = await _host.Client.GetAsync(new Uri($"/cached-products/{id}", UriKind.Relative));
        using var second = await _host.Client.GetAsync(new Uri($"/cached-products/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("\"1\"", second.Header("ETag"));
        Assert.Equal(1, Probe.Loads);
    }

    [Fact]
    public async Task Patch_ThenGet_GivesTheNewBodyAndETag()
    {
        var id = await _host.Client.CreateProductAsync(Http.UniqueSku());
        (await _host.Client.GetAsync(new Uri($"/cached-products/{id}", UriKind.Relative))).Dispose();

        using var patch = await _host.Client.SendAsync(Http.Json(HttpMethod.Patch, $"/products/{id}", new UpdateProduct("Renamed", null, null), ("If-Match", "\"1\"")));
        using var read = await _host.Client.GetAsync(new Uri($"/cached-products/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, patch.StatusCode);
        Assert.Equal("\"2\"", read.Header("ETag"));
        Assert.Equal("Renamed", (await read.BodyAsync()).GetProperty("data").GetProperty("name").GetString());
    }

    [Fact]
    public async Task IdempotentPatch_ThenGet_IsFreshOnceTheRequestTransactionCommitted()
    {
        var id = await _host.Client.CreateProductAsync(Http.UniqueSku());
        (await _host.Client.GetAsync(new Uri($"/cached-products/{id}", UriKind.Relative))).Dispose();

        using var patch = await _host.Client.SendAsync(Http.Json(HttpMethod.Patch, $"/products/{id}", new UpdateProduct(null, 12.5m, null),
            ("If-Match", "\"1\""), ("Idempotency-Key", Guid.NewGuid().ToString())));
        using var read = await _host.Client.GetAsync(new Uri($"/cached-products/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, patch.StatusCode);
        Assert.Equal("\"2\"", read.Header("ETag"));
        Assert.Equal(12.5m, (await read.BodyAsync()).GetProperty("data").GetProperty("price").GetDecimal());
    }

    [Fact]
    public async Task Delete_ThenGet_IsNotFound()
    {
        var id = await _host.Client.CreateProductAsync(Http.UniqueSku());
        (await _host.Client.GetAsync(new Uri($"/cached-products/{id}", UriKind.Relative))).Dispose();

        using var delete = await _host.Client.DeleteAsync(new Uri($"/products/{id}", UriKind.Relative));
        using var read = await _host.Client.GetAsync(new Uri($"/cached-products/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal("catalog.product_not_found", await read.ProblemCodeAsync());
    }

    [Fact]
    public async Task Create_ThenFirstPage_HasTheNewProduct()
    {
        (await _host.Client.GetAsync(new Uri("/cached-products?limit=5", UriKind.Relative))).Dispose();
        var loadsBefore = Probe.Loads;
        (await _host.Client.GetAsync(new Uri("/cached-products?limit=5", UriKind.Relative))).Dispose();
        Assert.Equal(loadsBefore, Probe.Loads);

        var id = await _host.Client.CreateProductAsync(Http.UniqueSku());
        using var page = await _host.Client.GetAsync(new Uri("/cached-products?limit=5", UriKind.Relative));

        var first = (await page.BodyAsync()).GetProperty("data")[0];
        Assert.Equal(id, first.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task ConcurrentMisses_OfOneKey_RunTheLoaderOnce()
    {
        var id = await _host.Client.CreateProductAsync(Http.UniqueSku());

        var reads = Enumerable.Range(0, 16).Select(async _ =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/cached-products/{id}");
            request.Headers.Add(CachedProductEndpoints.HoldLoadHeader, "1");
            using var response = await _host.Client.SendAsync(request);
            return response.StatusCode;
        }).ToList();
        await Eventually.UntilAsync(() => Probe.Loads == 1, "the first miss starts loading");
        Probe.Release.SetResult();

        Assert.All(await Task.WhenAll(reads), status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(1, Probe.Loads);
    }

    [Fact]
    public async Task CallerWhoseLoaderRuns_CancelledMidLoad_WaitsForIt_SoItsScopeOutlivesTheLoader()
    {
        var cache = _host.Services.GetRequiredService<IEntityCache>();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var ownerReturned = 0;
        var loaderSawOwnerGone = false;
        using var owner = new CancellationTokenSource();

        // The owner's loader stands for a read through the owner's scoped DbContext: it must finish before the owner returns.
        var first = cache.GetOrLoadListAsync<Product, List<string>>("held", async _ =>
        {
            started.SetResult();
            await release.Task;
            loaderSawOwnerGone = Volatile.Read(ref ownerReturned) == 1;
            return ["loaded"];
        }, owner.Token).AsTask();
        var returned = first.ContinueWith(_ => Volatile.Write(ref ownerReturned, 1), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        await started.Task;
        var joined = cache.GetOrLoadListAsync<Product, List<string>>("held", _ => throw new InvalidOperationException("joins the running load")).AsTask();
        await owner.CancelAsync();
        release.SetResult();

        Assert.Equal(["loaded"], await joined);
        Assert.Equal(["loaded"], await first);
        await returned;
        Assert.False(loaderSawOwnerGone, "the owner returned while its loader still ran");
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await cache.GetOrLoadListAsync<Product, List<string>>("other", _ => Task.FromResult(new List<string>()), owner.Token));
    }

    [Fact]
    public async Task WriteInAnExplicitTransaction_StaysCachedUntilTheCommit()
    {
        var id = await _host.Client.CreateProductAsync(Http.UniqueSku());
        (await _host.Client.GetAsync(new Uri($"/cached-products/{id}", UriKind.Relative))).Dispose();
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            (await db.Products.SingleAsync(p => p.Id == id)).Stock = 99;
            await db.SaveChangesAsync();
            using var during = await _host.Client.GetAsync(new Uri($"/cached-products/{id}", UriKind.Relative));
            Assert.Equal("\"1\"", during.Header("ETag"));
            await transaction.CommitAsync();
        }

        using var after = await _host.Client.GetAsync(new Uri($"/cached-products/{id}", UriKind.Relative));
        Assert.Equal("\"2\"", after.Header("ETag"));
        Assert.Equal(99, (await after.BodyAsync()).GetProperty("data").GetProperty("stock").GetInt32());
    }

    [Fact]
    public async Task WriteInATransactionThatRollsBack_KeepsTheEntry()
    {
        var id = await _host.Client.CreateProductAsync(Http.UniqueSku());
        (await _host.Client.GetAsync(new Uri($"/cached-products/{id}", UriKind.Relative))).Dispose();
        var loads = Probe.Loads;
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            (await db.Products.SingleAsync(p => p.Id == id)).Stock = 42;
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        using var after = await _host.Client.GetAsync(new Uri($"/cached-products/{id}", UriKind.Relative));
        Assert.Equal("\"1\"", after.Header("ETag"));
        Assert.Equal(loads, Probe.Loads);
    }

    [Fact]
    public async Task GetByNames_AfterATypedRead_SharesTheEntry()
    {
        var id = await _host.Client.CreateProductAsync(Http.UniqueSku());
        (await _host.Client.GetAsync(new Uri($"/cached-products/{id}", UriKind.Relative))).Dispose();
        var cache = _host.Services.GetRequiredService<IEntityCache>();

        var byNames = await cache.GetOrLoadAsync<ProductResponse?>("shop", "product", id, _ => throw new InvalidOperationException("not cached"));

        Assert.Equal(id, byNames?.Id);
    }

    [Fact]
    public async Task ImmutableEnvelope_ReadTwice_IsTheStoredInstance_AMutableValueACopy()
    {
        var cache = _host.Services.GetRequiredService<IEntityCache>();
        var page = new PageEnvelope<string>(["a", "b"], new PageMeta(2, null));
        List<string> list = ["a", "b"];

        var first = await cache.GetOrLoadListAsync<Product, PageEnvelope<string>>("immutable", _ => Task.FromResult(page));
        var again = await cache.GetOrLoadListAsync<Product, PageEnvelope<string>>("immutable", _ => throw new InvalidOperationException("not cached"));
        await cache.GetOrLoadListAsync<Product, List<string>>("mutable", _ => Task.FromResult(list));
        var copy = await cache.GetOrLoadListAsync<Product, List<string>>("mutable", _ => throw new InvalidOperationException("not cached"));

        // No deserialisation per hit for the envelopes; HybridCache still protects a mutable value by handing out copies.
        Assert.Same(page, first);
        Assert.Same(page, again);
        Assert.NotSame(list, copy);
        Assert.Equal(list, copy);
    }

    [Fact]
    public async Task GetByNames_NotRegistered_ThrowsNamingTheFix()
    {
        var cache = _host.Services.GetRequiredService<IEntityCache>();

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
            await cache.GetOrLoadAsync<ProductResponse?>("shop", "order", Guid.CreateVersion7(), _ => Task.FromResult<ProductResponse?>(null)));

        Assert.Contains("AddCachedEntity", failure.Message, StringComparison.Ordinal);
    }
}
