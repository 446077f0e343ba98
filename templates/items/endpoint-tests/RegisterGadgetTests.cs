using System.Net;
using Skeleton.Tests.Support;

namespace Skeleton.Tests.Gadgets;

/// <summary><c>POST /api/v1/gadgets/{gadgetId:guid}/registrations</c> over HTTP: the answer and its failure modes.</summary>
public sealed class RegisterGadgetTests(ShopApp app) : IClassFixture<ShopApp>
{
    // <route:test-path>
    private const string Path = "/api/v1/gadgets/0190f7c1-5b7e-7b4e-9c3a-2d4f6a8b1c0e/registrations";
    // </route:test-path>

    [Fact]
    public async Task RegisterGadget_ValidRequest_AnswersWithTheRouteValuesAndTheRequest()
    {
        using var client = await CallerAsync();

        using var response = await SendAsync(client);
        var data = (await response.ReadJsonAsync()).GetProperty("data");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // <route:test-asserts>
        Assert.Equal("0190f7c1-5b7e-7b4e-9c3a-2d4f6a8b1c0e", data.GetProperty("gadgetId").GetString());
        // </route:test-asserts>
#if RAMPART_ITEM_BODY
        Assert.Equal("Sample name", data.GetProperty("name").GetString());
#endif
        Assert.True(data.TryGetProperty("receivedAt", out _), data.ToString());
    }
#if RAMPART_ITEM_BODY

    [Fact]
    public async Task RegisterGadget_WithoutName_Returns400NamingIt()
    {
        using var client = await CallerAsync();
        var body = ValidBody();
        body.Remove("name");

        using var response = await SendAsync(client, body);
        var problem = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(problem.GetProperty("errors").TryGetProperty("name", out _), problem.ToString());
    }

    [Fact]
    public async Task RegisterGadget_UnknownField_Returns400()
    {
        using var client = await CallerAsync();
        var body = ValidBody();
        body["notAField"] = 1;

        using var response = await SendAsync(client, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("validation.failed", await response.ReadProblemCodeAsync());
    }
#endif
#if !RAMPART_ITEM_ANONYMOUS

    [Fact]
    public async Task RegisterGadget_WithoutAToken_Returns401()
    {
        using var anonymous = app.CreateClient();

        using var response = await SendAsync(anonymous);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
#endif
#if RAMPART_ITEM_ADMIN

    [Fact]
    public async Task RegisterGadget_AsACustomer_Returns403()
    {
        using var customer = await app.CreateCustomerClientAsync();

        using var response = await SendAsync(customer);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
#endif
#if RAMPART_ITEM_IDEMPOTENT

    [Fact]
    public async Task RegisterGadget_WithoutIdempotencyKey_Returns400()
    {
        using var client = await CallerAsync();

        using var response = await client.SendJsonAsync(HttpMethod.Post, Path, ValidBody());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("idempotency.key_required", await response.ReadProblemCodeAsync());
    }

    [Fact]
    public async Task RegisterGadget_SameIdempotencyKeyTwice_ReplaysTheFirstAnswer()
    {
        using var client = await CallerAsync();
        var key = NewKey();

        using var first = await SendAsync(client, ValidBody(), key);
        using var second = await SendAsync(client, ValidBody(), key);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("true", second.Headers.TryGetValues("Idempotent-Replayed", out var replayed) ? string.Join(",", replayed) : null);
        Assert.Equal(
            (await first.ReadJsonAsync()).GetProperty("data").GetProperty("receivedAt").GetString(),
            (await second.ReadJsonAsync()).GetProperty("data").GetProperty("receivedAt").GetString());
    }
#endif

#if RAMPART_ITEM_ANONYMOUS
    private Task<HttpClient> CallerAsync() => Task.FromResult(app.CreateClient());
#else
#if RAMPART_ITEM_ADMIN
    private Task<HttpClient> CallerAsync() => app.CreateAdminClientAsync();
#else
    private Task<HttpClient> CallerAsync() => app.CreateCustomerClientAsync();
#endif
#endif
#if RAMPART_ITEM_BODY
#if RAMPART_ITEM_IDEMPOTENT

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, Dictionary<string, object?>? body = null, Dictionary<string, string>? key = null) =>
        client.SendJsonAsync(HttpMethod.Post, Path, body ?? ValidBody(), key ?? NewKey());

    private static Dictionary<string, string> NewKey() => new() { ["Idempotency-Key"] = Guid.NewGuid().ToString() };
#else

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, Dictionary<string, object?>? body = null) =>
        client.SendJsonAsync(HttpMethod.Post, Path, body ?? ValidBody());
#endif

    private static Dictionary<string, object?> ValidBody() => new() { ["name"] = "Sample name" };
#else

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Path, UriKind.Relative));
        return await client.SendAsync(request);
    }
#endif
}
