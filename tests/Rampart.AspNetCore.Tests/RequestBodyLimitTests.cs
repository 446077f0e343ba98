using System.Net.Http.Headers;
using System.Text;
using Rampart.AspNetCore.Tests.Support;

namespace Rampart.AspNetCore.Tests;

public sealed class RequestBodyLimitTests
{
    private static string WidgetJsonOfSize(int bytes)
    {
        const string prefix = """{"name":"big","quantity":1,"note":""";
        const string suffix = "\"}";
        return prefix + "\"" + new string('x', bytes - prefix.Length - suffix.Length - 1) + suffix;
    }

    [Fact]
    public async Task Body_OverTheDefaultOneMebibyte_Answers413Problem()
    {
        await using var host = await SampleHost.StartAsync();
        using var client = host.CreateClient();

        using var response = await client.PostAsync("/api/v1/widgets", ProblemJson.Json(WidgetJsonOfSize((1024 * 1024) + 1)));

        var problem = await ProblemJson.ReadAsync(response, 413);
        Assert.Equal("http.payload_too_large", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Body_ExactlyAtTheLimit_IsRead()
    {
        await using var host = await SampleHost.StartAsync(settings: new Dictionary<string, string?> { ["Rampart:RequestBody:MaxBytes"] = "2000" });
        using var client = host.CreateClient();
        var json = WidgetJsonOfSize(2000);

        using var response = await client.PostAsync("/api/v1/widgets", ProblemJson.Json(json));

        Assert.Equal(2000, Encoding.UTF8.GetByteCount(json));
        Assert.Equal(201, (int)response.StatusCode);
    }

    [Fact]
    public async Task Body_ChunkedOverTheLimit_Answers413Problem()
    {
        await using var host = await SampleHost.StartAsync(settings: new Dictionary<string, string?> { ["Rampart:RequestBody:MaxBytes"] = "2000" });
        using var client = host.CreateClient();
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(WidgetJsonOfSize(50_000))));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/widgets") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await client.SendAsync(request);

        var problem = await ProblemJson.ReadAsync(response, 413);
        Assert.Equal("http.payload_too_large", problem.GetProperty("code").GetString());
    }
}
