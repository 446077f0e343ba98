using System.Net.Http.Json;
using System.Text.Json;

namespace Rampart.AspNetCore.Data.Tests.Host;

/// <summary>Request and response helpers for the tests.</summary>
public static class Http
{
    public static HttpRequestMessage Json(HttpMethod method, string uri, object body, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(method, uri) { Content = JsonContent.Create(body) };
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return request;
    }

    public static async Task<JsonElement> BodyAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<string?> ProblemCodeAsync(this HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.BodyAsync();
        return body.TryGetProperty("code", out var code) ? code.GetString() : null;
    }

    public static string? Header(this HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(",", values)
            : null;

    public static async Task<Guid> CreateProductAsync(this HttpClient client, string sku, decimal price = 10m)
    {
        using var response = await client.SendAsync(Json(HttpMethod.Post, "/products", new CreateProduct(sku, "Item " + sku, price, 5)));
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (await response.BodyAsync()).GetProperty("data").GetProperty("id").GetGuid();
    }

    public static string UniqueSku() => "SKU-" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();
}
