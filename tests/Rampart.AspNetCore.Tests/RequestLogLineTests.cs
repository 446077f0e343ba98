using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Rampart.AspNetCore.Logging;
using Rampart.AspNetCore.Tests.Support;

namespace Rampart.AspNetCore.Tests;

/// <summary>The JSON console lines a request writes, as an operator reads them.</summary>
public sealed class RequestLogLineTests
{
    [Fact]
    public async Task RequestLines_EachCarryOneRequestIdTheEchoedOne()
    {
        var (lines, echoed) = await ServeAsync("/log", "client-7.id");

        var requestLines = lines.Where(l => l.GetProperty("Message").GetString() is "Handled the log probe" || l.GetProperty("EventId").GetInt32() == 1201).ToList();
        Assert.Equal(2, requestLines.Count);
        Assert.Equal("client-7.id", echoed);
        Assert.All(requestLines, line => Assert.Equal(["client-7.id"], Values(line, "RequestId")));
    }

    [Fact]
    public async Task AccessLogLine_NamesTheModuleAndThePath()
    {
        var (lines, _) = await ServeAsync("/log", "client-8.id");

        var access = Assert.Single(lines, l => l.GetProperty("EventId").GetInt32() == 1201);
        Assert.Equal(["orders"], Values(access, "Module"));
        Assert.Equal(["/log"], Values(access, "RequestPath"));
    }

    private static async Task<(List<JsonElement> Lines, string Echoed)> ServeAsync(string path, string requestId)
    {
        var output = new MemoryStream();
        string echoed;
        await using (var host = await SampleHost.StartAsync(
            settings: new Dictionary<string, string?> { ["Logging:Console:LogLevel:Default"] = "Information" },
            services: services => services.AddSingleton(new LogLineWriter(output, capacity: 64))))
        {
            using var client = host.CreateClient();
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Add("X-Request-Id", requestId);
            using var response = await client.SendAsync(request);
            echoed = response.Headers.GetValues("X-Request-Id").Single();
        }

        var lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.Clone()).ToList();
        return (lines, echoed);
    }

    // Every value of a key across the line's scopes: the framework's formatter writes each scope as its own object.
    private static List<string?> Values(JsonElement line, string key) =>
        [.. line.GetProperty("Scopes").EnumerateArray()
            .Where(scope => scope.ValueKind == JsonValueKind.Object && scope.TryGetProperty(key, out _))
            .Select(scope => scope.GetProperty(key).ToString())];
}
