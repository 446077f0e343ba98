using System.Net.Http.Headers;
using System.Text.Json;

namespace Rampart.AspNetCore.Tests.Support;

/// <summary>Reads a problem+json response and checks the members every problem must carry.</summary>
public static class ProblemJson
{
    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response, int expectedStatus)
    {
        Assert.Equal(expectedStatus, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal(expectedStatus, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("type").GetString()));
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()));
        Assert.Equal(response.RequestMessage!.RequestUri!.AbsolutePath, problem.GetProperty("instance").GetString());
        Assert.Matches("^[0-9a-f]{32}$", problem.GetProperty("traceId").GetString());
        Assert.Matches("^[a-z_]+\\.[a-z0-9_]+$", problem.GetProperty("code").GetString());
        return problem;
    }

    public static StringContent Json(string json) => new(json, MediaTypeHeaderValue.Parse("application/json"));
}
