using System.Net;
using System.Text;
using System.Text.Json;
using Xunit;

namespace Rampart.Testing.Contracts;

/// <summary>
/// What the two use cases the add end-to-end tests and the Shop lane make with <c>rampart add endpoint</c> answer over
/// HTTP: a customer's idempotent POST with a body and a route parameter, and a version-2 anonymous GET.
/// </summary>
public static class EndpointContract
{
    private static readonly Guid Voucher = Guid.Parse("01938a7e-0c5d-7a4b-9f3e-5b6c7d8e9f10");

    /// <summary>The routes the use cases answer at; no <paramref name="Get"/>: no version-2 endpoint.</summary>
    public sealed record Routes(string Post, string? Get);

    /// <summary>Both endpoints over HTTP: the POST's answer, replay, missing key, invalid body and missing token; the v2 GET and its document.</summary>
    public static async Task DriveAsync(HttpClient anonymous, HttpClient customer, Routes routes)
    {
        var post = routes.Post.Replace("{voucherId:guid}", Voucher.ToString(), StringComparison.Ordinal);
        var key = Guid.NewGuid().ToString();
        using (var first = await SendAsync(customer, post, """{"name":"winter"}""", key))
        using (var replay = await SendAsync(customer, post, """{"name":"winter"}""", key))
        {
            var body = await first.Content.ReadAsStringAsync();
            Assert.True(first.StatusCode == HttpStatusCode.OK, body);
            var data = JsonDocument.Parse(body).RootElement.GetProperty("data");
            Assert.Equal(Voucher.ToString(), data.GetProperty("voucherId").GetString());
            Assert.Equal("winter", data.GetProperty("name").GetString());
            Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
            Assert.Equal("true", replay.Headers.TryGetValues("Idempotent-Replayed", out var replayed) ? string.Join(",", replayed) : null);
            Assert.Equal(body, await replay.Content.ReadAsStringAsync());
        }

        using (var noKey = await SendAsync(customer, post, """{"name":"winter"}""", key: null))
        {
            Assert.Equal(HttpStatusCode.BadRequest, noKey.StatusCode);
            Assert.Equal("application/problem+json", noKey.Content.Headers.ContentType?.MediaType);
        }

        using (var invalid = await SendAsync(customer, post, "{}", Guid.NewGuid().ToString()))
        {
            Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
            Assert.Contains("\"name\"", await invalid.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var unsigned = await SendAsync(anonymous, post, """{"name":"winter"}""", Guid.NewGuid().ToString()))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        }

        if (routes.Get is null)
        {
            return;
        }

        using (var summary = await anonymous.GetAsync(new Uri(routes.Get.Replace("{year:int}", "2026", StringComparison.Ordinal), UriKind.Relative)))
        {
            var body = await summary.Content.ReadAsStringAsync();
            Assert.True(summary.StatusCode == HttpStatusCode.OK, body);
            Assert.Equal(2026, JsonDocument.Parse(body).RootElement.GetProperty("data").GetProperty("year").GetInt32());
        }

        using var document = await anonymous.GetAsync(new Uri("/openapi/v2.json", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        Assert.Contains(routes.Get.Replace("{year:int}", "{year}", StringComparison.Ordinal), await document.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string path, string json, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return await client.SendAsync(request);
    }
}
