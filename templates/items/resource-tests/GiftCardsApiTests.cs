using System.Net;
using Skeleton.Features.GiftCards;
using Skeleton.Tests.Support;

namespace Skeleton.Tests.GiftCards;

/// <summary><c>/api/v1/gift-cards</c> over HTTP against a real PostgreSQL: the CRUD contract and its failure modes.</summary>
public sealed class GiftCardsApiTests(ServiceApp app) : IClassFixture<ServiceApp>
{
    private const string GiftCards = "/api/v1/gift-cards";

    [Fact]
    public async Task Create_Returns201WithLocationAndETag_AndGetReadsItBack()
    {
        using var writer = await WriterAsync();

        using var created = await writer.PostJsonAsync(GiftCards, ValidBody());
        var id = (await created.ReadJsonAsync()).GetProperty("data").GetProperty("id").GetString();
        using var read = await writer.GetAsync(new Uri($"{GiftCards}/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"{GiftCards}/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal("\"1\"", created.Headers.ETag?.Tag);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal("\"1\"", read.Headers.ETag?.Tag);
        Assert.Equal(id, (await read.ReadJsonAsync()).GetProperty("data").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Create_SameIdempotencyKeyTwice_CreatesOnceAndReplays()
    {
        using var writer = await WriterAsync();
        var headers = new Dictionary<string, string> { ["Idempotency-Key"] = Guid.NewGuid().ToString() };
        var body = ValidBody();

        using var first = await writer.SendJsonAsync(HttpMethod.Post, GiftCards, body, headers);
        using var second = await writer.SendJsonAsync(HttpMethod.Post, GiftCards, body, headers);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(
            (await first.ReadJsonAsync()).GetProperty("data").GetProperty("id").GetString(),
            (await second.ReadJsonAsync()).GetProperty("data").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Create_UnknownField_Returns400()
    {
        using var writer = await WriterAsync();
        var body = ValidBody();
        body["notAField"] = 1;

        using var response = await writer.PostJsonAsync(GiftCards, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("validation.failed", await response.ReadProblemCodeAsync());
    }

    // <fields:test-required>
    [Fact]
    public async Task Create_WithoutARequiredField_Returns400NamingIt()
    {
        using var writer = await WriterAsync();
        var body = ValidBody();
        body.Remove("title");

        using var response = await writer.PostJsonAsync(GiftCards, body);
        var problem = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty("title", out _), problem.ToString());
    }
    // </fields:test-required>

    // <fields:test-unique>
    [Fact]
    public async Task Create_TakenCode_Returns409()
    {
        using var writer = await WriterAsync();
        var body = ValidBody();
        (await writer.PostJsonAsync(GiftCards, body)).Dispose();

        using var response = await writer.PostJsonAsync(GiftCards, body);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("gift_cards.code_taken", await response.ReadProblemCodeAsync());
    }
    // </fields:test-unique>

    [Fact]
    public async Task List_PagesThroughEveryGiftCardOnceWithTheCursor()
    {
        using var writer = await WriterAsync();
        var created = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await writer.PostJsonAsync(GiftCards, ValidBody());
            created.Add((await response.ReadJsonAsync()).GetProperty("data").GetProperty("id").GetString()!);
        }

        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var query = cursor is null ? "?limit=2" : $"?limit=2&cursor={Uri.EscapeDataString(cursor)}";
            using var page = await writer.GetAsync(new Uri(GiftCards + query, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            var body = await page.ReadJsonAsync();
            var items = body.GetProperty("data").EnumerateArray().ToList();
            Assert.True(items.Count <= 2);
            seen.AddRange(items.Select(item => item.GetProperty("id").GetString()!));
            cursor = body.GetProperty("meta").GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);

        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.All(created, id => Assert.Contains(id, seen));
    }

    [Fact]
    public async Task List_LimitAboveTheMaximum_Returns400()
    {
        using var writer = await WriterAsync();

        using var response = await writer.GetAsync(new Uri($"{GiftCards}?limit=1000", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Patch_WithoutIfMatch_Returns428()
    {
        using var writer = await WriterAsync();
        var id = await CreateAsync(writer);

        using var response = await writer.SendJsonAsync(HttpMethod.Patch, $"{GiftCards}/{id}", PatchBody());

        Assert.Equal(HttpStatusCode.PreconditionRequired, response.StatusCode);
    }

    [Fact]
    public async Task Patch_StaleVersion_Returns412AndKeepsTheRow()
    {
        using var writer = await WriterAsync();
        var id = await CreateAsync(writer);
        (await writer.SendJsonAsync(HttpMethod.Patch, $"{GiftCards}/{id}", PatchBody(), IfMatch(1))).Dispose();

        using var stale = await writer.SendJsonAsync(HttpMethod.Patch, $"{GiftCards}/{id}", PatchBody(), IfMatch(1));
        using var after = await writer.GetAsync(new Uri($"{GiftCards}/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(GiftCardErrors.VersionConflictCode, await stale.ReadProblemCodeAsync());
        Assert.Equal("\"2\"", after.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task Patch_CurrentVersion_Returns200WithTheChangeAndTheNextVersion()
    {
        using var writer = await WriterAsync();
        var id = await CreateAsync(writer);

        using var response = await writer.SendJsonAsync(HttpMethod.Patch, $"{GiftCards}/{id}", PatchBody(), IfMatch(1));
        var data = (await response.ReadJsonAsync()).GetProperty("data");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"2\"", response.Headers.ETag?.Tag);
        // <fields:test-patch-assert>
        Assert.Equal("changed", data.GetProperty("title").GetString());
        // </fields:test-patch-assert>
    }

    [Fact]
    public async Task Delete_Returns204_ThenTheGiftCardIsNotFound()
    {
        using var writer = await WriterAsync();
        var id = await CreateAsync(writer);

        using var deleted = await writer.DeleteAsync(new Uri($"{GiftCards}/{id}", UriKind.Relative));
        using var read = await writer.GetAsync(new Uri($"{GiftCards}/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal("gift_cards.not_found", await read.ReadProblemCodeAsync());
    }

#if RAMPART_ITEM_OWNED
    [Fact]
    public async Task AnotherUsersGiftCard_IsNotFoundForReadChangeAndDelete()
    {
        using var owner = await app.CreateCustomerClientAsync();
        using var stranger = await app.CreateCustomerClientAsync();
        var id = await CreateAsync(owner);

        using var read = await stranger.GetAsync(new Uri($"{GiftCards}/{id}", UriKind.Relative));
        using var changed = await stranger.SendJsonAsync(HttpMethod.Patch, $"{GiftCards}/{id}", PatchBody(), IfMatch(1));
        using var deleted = await stranger.DeleteAsync(new Uri($"{GiftCards}/{id}", UriKind.Relative));
        using var list = await stranger.GetAsync(new Uri(GiftCards, UriKind.Relative));
        using var still = await owner.GetAsync(new Uri($"{GiftCards}/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, changed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, deleted.StatusCode);
        Assert.Empty((await list.ReadJsonAsync()).GetProperty("data").EnumerateArray());
        Assert.Equal("\"1\"", still.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task Anonymous_Returns401()
    {
        using var anonymous = app.CreateClient();

        using var response = await anonymous.GetAsync(new Uri(GiftCards, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
#else
    [Fact]
    public async Task Create_AsACustomer_Returns403()
    {
        using var customer = await app.CreateCustomerClientAsync();

        using var response = await customer.PostJsonAsync(GiftCards, ValidBody());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
#endif

#if RAMPART_ITEM_OWNED
    private Task<HttpClient> WriterAsync() => app.CreateCustomerClientAsync();
#else
    private Task<HttpClient> WriterAsync() => app.CreateAdminClientAsync();
#endif

    private static async Task<string> CreateAsync(HttpClient writer)
    {
        using var response = await writer.PostJsonAsync(GiftCards, ValidBody());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.ReadJsonAsync()).GetProperty("data").GetProperty("id").GetString()!;
    }

    private static Dictionary<string, string> IfMatch(long version) => new() { ["If-Match"] = $"\"{version}\"" };

    // A valid body; unique fields get a value no other test uses.
    private static Dictionary<string, object?> ValidBody() => new()
    {
        // <fields:test-valid-body>
        ["title"] = "Sample title",
        ["code"] = "code-" + Guid.NewGuid().ToString("N"),
        ["amount"] = 12.5m,
        ["uses"] = 3,
        ["tier"] = "basic",
        // </fields:test-valid-body>
    };

    private static Dictionary<string, object?> PatchBody() => new()
    {
        // <fields:test-patch-body>
        ["title"] = "changed",
        // </fields:test-patch-body>
    };
}
