using System.Net.Http.Headers;
using System.Net.Http.Json;
using Skeleton.Tests.Support;

namespace Skeleton.Tests.Orders;

/// <summary>A newly registered customer: an authorized client and the raw access token (for the SignalR hub).</summary>
internal sealed class Customer(HttpClient client, string token) : IDisposable
{
    public HttpClient Client { get; } = client;

    public string Token { get; } = token;

    public static async Task<Customer> RegisterAsync(ServiceApp app)
    {
        var email = $"buyer-{Guid.NewGuid():N}@shop.test";
        const string password = "Customer-password-42!";
        using var anonymous = app.CreateClient();
        using (var registered = await anonymous.PostAsJsonAsync(new Uri("/api/v1/auth/register", UriKind.Relative), new { email, password }))
        {
            registered.EnsureSuccessStatusCode();
        }

        using var issued = await anonymous.PostAsJsonAsync(new Uri("/api/v1/auth/token", UriKind.Relative), new { email, password });
        issued.EnsureSuccessStatusCode();
        var token = (await issued.ReadJsonAsync()).GetProperty("data").GetProperty("accessToken").GetString()!;
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new Customer(client, token);
    }

    public void Dispose() => Client.Dispose();
}
