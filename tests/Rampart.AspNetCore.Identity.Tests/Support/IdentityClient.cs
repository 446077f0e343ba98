using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Rampart.AspNetCore.Identity.Tests;

/// <summary>Calls the identity routes of a test host the way a client would.</summary>
public sealed class IdentityClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    public static string NewEmail() => $"user-{Guid.NewGuid():N}@shop.test";

    public Task<HttpResponseMessage> RegisterAsync(string email, string password = "Correct-Horse-42") =>
        Http.PostAsJsonAsync("/api/v1/auth/register", new { email, password });

    public Task<HttpResponseMessage> TokenAsync(string email, string password = "Correct-Horse-42") =>
        Http.PostAsJsonAsync("/api/v1/auth/token", new { email, password });

    public Task<HttpResponseMessage> RefreshAsync(string refreshToken) =>
        Http.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken });

    public Task<HttpResponseMessage> LogoutAsync(string accessToken, string refreshToken) =>
        SendAsync(HttpMethod.Post, "/api/v1/auth/logout", accessToken, JsonContent.Create(new { refreshToken }));

    public Task<HttpResponseMessage> GetAsync(string path, string? accessToken) => SendAsync(HttpMethod.Get, path, accessToken);

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? accessToken, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (accessToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        return await Http.SendAsync(request);
    }

    /// <summary>Registers a new customer and signs in.</summary>
    public async Task<Session> NewSessionAsync()
    {
        var email = NewEmail();
        (await RegisterAsync(email)).EnsureSuccessStatusCode();
        return await SignInAsync(email);
    }

    public async Task<Session> SignInAsync(string email, string password = "Correct-Horse-42")
    {
        using var response = await TokenAsync(email, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ReadSessionAsync(response, email);
    }

    public static async Task<Session> ReadSessionAsync(HttpResponseMessage response, string email)
    {
        var data = (await ReadJsonAsync(response)).GetProperty("data");
        return new Session(email, data.GetProperty("accessToken").GetString()!, data.GetProperty("refreshToken").GetString()!);
    }

    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    public static async Task<string?> ReadCodeAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await ReadJsonAsync(response)).GetProperty("code").GetString();
    }

    public sealed record Session(string Email, string AccessToken, string RefreshToken);
}
