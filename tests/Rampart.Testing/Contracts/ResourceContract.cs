using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Xunit;

namespace Rampart.Testing.Contracts;

/// <summary>
/// The CRUD contract every resource made by <c>rampart add resource</c> answers over HTTP, driven the same way by the
/// add end-to-end tests (skeletons) and the Shop lane (Shops grown by <c>rampart add</c>).
/// </summary>
public static class ResourceContract
{
    /// <summary>The <c>--fields</c> of the every-type resource: every field type, one optional text and one optional date.</summary>
    public const string EveryTypeFields =
        "title:string sku:string? price:decimal stock:int views:long active:bool startsAt:datetime releasedOn:date? referenceId:guid status:enum(draft,active,archived)";

    /// <summary>
    /// The owned resource with every field type (<see cref="ValidVoucher"/>'s fields) at <paramref name="route"/>: its CRUD
    /// contract as its owner; another customer gets 404 for it (never a hint that it exists); its unique <c>sku</c> is
    /// unique across owners (409); an administrator reads it.
    /// </summary>
    public static async Task DriveOwnedAsync(HttpClient owner, HttpClient stranger, HttpClient admin, string route)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(stranger);
        ArgumentNullException.ThrowIfNull(admin);
        await DriveCrudAsync(owner, route, ValidVoucher(), new { title = "changed" }, "title", "changed");
        var id = await CreateAsync(owner, route, ValidVoucher());
        using (var hidden = await stranger.GetAsync(new Uri($"{route}/{id}", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        }

        var taken = ValidVoucher();
        using (var first = await owner.PostAsJsonAsync(new Uri(route, UriKind.Relative), taken))
        using (var second = await stranger.PostAsJsonAsync(new Uri(route, UriKind.Relative), taken))
        {
            Assert.Equal(HttpStatusCode.Created, first.StatusCode);
            Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        }

        using var seen = await admin.GetAsync(new Uri($"{route}/{id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, seen.StatusCode);
    }

    /// <summary>
    /// The resource contract: create (201, Location, ETag "1"), get (ETag), list with a cursor, PATCH without If-Match
    /// 428, with a stale one 412, with the current one 200 and ETag "2", an unknown field 400, delete 204, then 404.
    /// </summary>
    public static async Task DriveCrudAsync(HttpClient client, string route, Dictionary<string, object?> body, object patch, string patchedField, string patchedValue)
    {
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            using var created = await client.PostAsJsonAsync(new Uri(route, UriKind.Relative), Fresh(body));
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            var id = (await JsonAsync(created)).GetProperty("data").GetProperty("id").GetString()!;
            Assert.Equal($"{route}/{id}", created.Headers.Location?.OriginalString);
            Assert.Equal("\"1\"", created.Headers.ETag?.Tag);
            ids.Add(id);
        }

        using (var read = await client.GetAsync(new Uri($"{route}/{ids[0]}", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
            Assert.Equal("\"1\"", read.Headers.ETag?.Tag);
        }

        using (var first = await client.GetAsync(new Uri($"{route}?limit=2", UriKind.Relative)))
        {
            var page = await JsonAsync(first);
            Assert.Equal(2, page.GetProperty("data").GetArrayLength());
            var cursor = page.GetProperty("meta").GetProperty("nextCursor").GetString();
            Assert.False(string.IsNullOrEmpty(cursor));
            using var second = await client.GetAsync(new Uri($"{route}?limit=2&cursor={Uri.EscapeDataString(cursor!)}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
            var secondIds = (await JsonAsync(second)).GetProperty("data").EnumerateArray().Select(item => item.GetProperty("id").GetString()).ToList();
            Assert.DoesNotContain(page.GetProperty("data")[0].GetProperty("id").GetString(), secondIds);
        }

        var target = $"{route}/{ids[0]}";
        using (var noIfMatch = await SendAsync(client, HttpMethod.Patch, target, patch, null))
        {
            Assert.Equal(HttpStatusCode.PreconditionRequired, noIfMatch.StatusCode);
        }

        using (var stale = await SendAsync(client, HttpMethod.Patch, target, patch, "\"9\""))
        {
            Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        }

        using (var patched = await SendAsync(client, HttpMethod.Patch, target, patch, "\"1\""))
        {
            Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
            Assert.Equal("\"2\"", patched.Headers.ETag?.Tag);
            Assert.Equal(patchedValue, (await JsonAsync(patched)).GetProperty("data").GetProperty(patchedField).ToString());
        }

        using (var unknown = await SendAsync(client, HttpMethod.Patch, target, new { notAField = 1 }, "\"2\""))
        {
            Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
            Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        }

        using (var deleted = await client.DeleteAsync(new Uri(target, UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        using var gone = await client.GetAsync(new Uri(target, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    /// <summary>A valid body for the every-type resource, with a fresh unique <c>sku</c>.</summary>
    public static Dictionary<string, object?> ValidVoucher() => new()
    {
        ["title"] = "Winter voucher",
        ["sku"] = "V-" + Guid.NewGuid().ToString("N"),
        ["price"] = 25.5m,
        ["stock"] = 3,
        ["views"] = 10_000_000_000L,
        ["active"] = true,
        ["startsAt"] = "2030-01-02T03:04:05+00:00",
        ["releasedOn"] = "2030-01-02",
        ["referenceId"] = Guid.NewGuid(),
        ["status"] = "active",
    };

    // A copy with the unique fields made unique again.
    private static Dictionary<string, object?> Fresh(Dictionary<string, object?> body)
    {
        var copy = new Dictionary<string, object?>(body);
        foreach (var key in new[] { "sku", "name" }.Where(copy.ContainsKey))
        {
            copy[key] = key + "-" + Guid.NewGuid().ToString("N");
        }

        return copy;
    }

    /// <summary>Creates one (its unique fields made fresh) and returns its id.</summary>
    public static async Task<string> CreateAsync(HttpClient client, string route, Dictionary<string, object?> body)
    {
        using var created = await client.PostAsJsonAsync(new Uri(route, UriKind.Relative), Fresh(body));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await JsonAsync(created)).GetProperty("data").GetProperty("id").GetString()!;
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, object body, string? ifMatch)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative))
        {
            Content = new StringContent(JsonSerializer.Serialize(body, JsonSerializerOptions.Web), Encoding.UTF8, "application/json"),
        };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await client.SendAsync(request);
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }
}
