using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Rampart.EndToEnd.Tests.Shop;

/// <summary>What a client of the Shop does over HTTP: send JSON with headers, read envelopes and problems, sign in.</summary>
internal static class ShopHttp
{
    public const string Password = "Customer-password-42!";

    public static async Task<HttpResponseMessage> SendAsync(
        this HttpClient client, HttpMethod method, string path, object? body = null, IReadOnlyDictionary<string, string>? headers = null, string? token = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = body as HttpContent ?? new StringContent(JsonSerializer.Serialize(body, JsonSerializerOptions.Web), Encoding.UTF8, "application/json");
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await client.SendAsync(request);
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).Clone();

    public static async Task<JsonElement> DataAsync(this HttpResponseMessage response) => (await response.JsonAsync()).GetProperty("data");

    public static async Task<string?> CodeAsync(this HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.JsonAsync()).TryGetProperty("code", out var code) ? code.GetString() : null;
    }

    public static Dictionary<string, string> Key() => new() { ["Idempotency-Key"] = Guid.NewGuid().ToString() };

    /// <summary>Registers a new customer and returns its access token.</summary>
    public static async Task<string> RegisterCustomerAsync(this HttpClient client)
    {
        var email = $"buyer-{Guid.NewGuid():N}@shop.test";
        using (var registered = await client.SendAsync(HttpMethod.Post, "/api/v1/auth/register", new { email, password = Password }))
        {
            Assert.Equal(System.Net.HttpStatusCode.Created, registered.StatusCode);
        }

        return await client.TokenAsync(email, Password);
    }

    public static async Task<string> TokenAsync(this HttpClient client, string email, string password)
    {
        using var issued = await client.SendAsync(HttpMethod.Post, "/api/v1/auth/token", new { email, password });
        Assert.Equal(System.Net.HttpStatusCode.OK, issued.StatusCode);
        return (await issued.DataAsync()).GetProperty("accessToken").GetString()!;
    }

    public static string Str(this JsonElement element, string property) => element.GetProperty(property).GetString()!;
}
