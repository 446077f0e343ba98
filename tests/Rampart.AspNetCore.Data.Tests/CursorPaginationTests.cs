using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rampart.AspNetCore.Data.Tests.Host;

namespace Rampart.AspNetCore.Data.Tests;

public sealed class CursorPaginationTests(ShopFixture shop) : IClassFixture<ShopFixture>
{
    private HttpClient Client => shop.Host.Client;

    [Theory]
    [InlineData("0")]
    [InlineData("101")]
    [InlineData("-1")]
    [InlineData("ten")]
    public async Task List_LimitOutOfRange_Is400(string limit)
    {
        using var response = await Client.GetAsync($"/products?limit={limit}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("pagination.invalid_limit", await response.ProblemCodeAsync());
    }

    [Fact]
    public async Task List_NoLimit_UsesDefault20AndMax100IsAccepted()
    {
        using var defaults = await Client.GetAsync("/products");
        using var maximum = await Client.GetAsync("/products?limit=100");

        Assert.Equal(20, (await defaults.BodyAsync()).GetProperty("meta").GetProperty("limit").GetInt32());
        Assert.Equal(HttpStatusCode.OK, maximum.StatusCode);
    }

    [Theory]
    [InlineData("not-a-cursor")]
    [InlineData("eyJzIjoiaWQ6ZGVzYyJ9")]
    [InlineData("eyJzIjoiaWQ6ZGVzYyJ9.AAAA")]
    [InlineData("%%%")]
    public async Task List_MalformedCursor_Is400(string cursor)
    {
        using var response = await Client.GetAsync($"/products?cursor={Uri.EscapeDataString(cursor)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("pagination.invalid_cursor", await response.ProblemCodeAsync());
    }

    [Fact]
    public async Task List_ForgedCursor_Is400()
    {
        await EnsureProductsAsync(3);
        var cursor = await FirstCursorAsync("/products?limit=1");
        var dot = cursor.IndexOf('.', StringComparison.Ordinal);
        var payload = System.Buffers.Text.Base64Url.DecodeFromChars(cursor.AsSpan(0, dot));
        var forged = JsonSerializer.Serialize(new { s = "id:desc", i = Guid.CreateVersion7() });
        var tampered = System.Buffers.Text.Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes(forged)) + cursor[dot..];

        using var response = await Client.GetAsync($"/products?cursor={tampered}");

        Assert.NotEmpty(payload);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("pagination.invalid_cursor", await response.ProblemCodeAsync());
    }

    [Fact]
    public async Task List_CursorOfAnotherSort_Is400()
    {
        await EnsureProductsAsync(3);
        var cursor = await FirstCursorAsync("/products/by-price?limit=1");

        using var response = await Client.GetAsync($"/products?cursor={cursor}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("pagination.invalid_cursor", await response.ProblemCodeAsync());
    }

    [Fact]
    public async Task List_SameSortAtAnotherCallSite_AcceptsTheCursorAndContinues()
    {
        await EnsureProductsAsync(3);
        var cursor = await FirstCursorAsync("/products/by-price?limit=1");
        using var expected = await Client.GetAsync($"/products/by-price?limit=1&cursor={cursor}");

        using var response = await Client.GetAsync($"/products/by-price-elsewhere?limit=1&cursor={cursor}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            (await expected.BodyAsync()).GetProperty("data")[0].GetProperty("id").GetString(),
            (await response.BodyAsync()).GetProperty("data")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task List_WalkAllPages_NewestFirstEachRowOnceLastCursorNull()
    {
        await EnsureProductsAsync(7);
        var expected = await LiveIdsAsync(q => q.OrderByDescending(p => p.Id));

        var seen = await WalkAsync("/products", limit: 3);

        Assert.Equal(expected, seen);
    }

    [Fact]
    public async Task List_ByPrice_WalksAscendingWithIdTiebreaker()
    {
        var sku = Http.UniqueSku();
        for (var i = 0; i < 6; i++)
        {
            await Client.CreateProductAsync($"{sku}-{i}", price: i % 2 == 0 ? 5m : 7m);
        }

        var expected = await LiveIdsAsync(q => q.OrderBy(p => p.Price).ThenBy(p => p.Id));

        var seen = await WalkAsync("/products/by-price", limit: 4);

        Assert.Equal(expected, seen);
    }

    [Fact]
    public async Task List_PageAfterTheLast_IsEmptyWithNullCursor()
    {
        await EnsureProductsAsync(3);
        var total = (await LiveIdsAsync(q => q.OrderByDescending(p => p.Id))).Count;
        using var first = await Client.GetAsync($"/products?limit={total - 1}");
        var body = await first.BodyAsync();
        var cursor = body.GetProperty("meta").GetProperty("nextCursor").GetString();
        var oldest = (await LiveIdsAsync(q => q.OrderBy(p => p.Id)))[0];
        using (var deleted = await Client.DeleteAsync($"/products/{oldest}"))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        using var next = await Client.GetAsync($"/products?limit={total - 1}&cursor={cursor}");
        var nextBody = await next.BodyAsync();

        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.Equal(0, nextBody.GetProperty("data").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, nextBody.GetProperty("meta").GetProperty("nextCursor").ValueKind);
    }

    [Fact]
    public async Task HandWrittenSql_WalkAllPages_SameRowsAsTheQueryablePath()
    {
        await EnsureProductsAsync(7);
        var expected = await LiveIdsAsync(q => q.OrderByDescending(p => p.Id));

        var seen = await WalkAsync("/products/by-sql", limit: 3);

        Assert.Equal(expected, seen);
    }

    [Fact]
    public async Task HandWrittenSql_CursorOfTheQueryablePath_ContinuesTheSameWay()
    {
        await EnsureProductsAsync(3);
        var cursor = await FirstCursorAsync("/products?limit=1");
        using var expected = await Client.GetAsync($"/products?limit=2&cursor={cursor}");

        using var response = await Client.GetAsync($"/products/by-sql?limit=2&cursor={cursor}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((await expected.BodyAsync()).GetRawText(), (await response.BodyAsync()).GetRawText());
    }

    [Fact]
    public async Task HandWrittenSql_CursorOfAnotherSort_Is400()
    {
        await EnsureProductsAsync(3);
        var cursor = await FirstCursorAsync("/products/by-price?limit=1");

        using var response = await Client.GetAsync($"/products/by-sql?cursor={cursor}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("pagination.invalid_cursor", await response.ProblemCodeAsync());
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
            var data = body.GetProperty("data").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ToList();
            Assert.True(data.Count <= limit);
            seen.AddRange(data);
            cursor = body.GetProperty("meta").GetProperty("nextCursor").GetString();
            if (cursor is null)
            {
                return seen;
            }
        }

        throw new InvalidOperationException("Pagination did not end.");
    }

    private async Task<string> FirstCursorAsync(string uri)
    {
        using var response = await Client.GetAsync(uri);
        return (await response.BodyAsync()).GetProperty("meta").GetProperty("nextCursor").GetString()!;
    }

    private async Task EnsureProductsAsync(int count)
    {
        for (var i = 0; i < count; i++)
        {
            await Client.CreateProductAsync(Http.UniqueSku());
        }
    }

    private async Task<List<Guid>> LiveIdsAsync(Func<IQueryable<Product>, IQueryable<Product>> order)
    {
        // Ordered by the database, as the endpoint is (PostgreSQL orders uuid bytewise, not like Guid.CompareTo).
        await using var scope = shop.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
        return await order(db.Products).Select(p => p.Id).ToListAsync();
    }
}
