using System.Text.Json;
using Rampart.AspNetCore.Tests.Support;

namespace Rampart.AspNetCore.Tests;

public sealed class EnvelopeTests
{
    [Fact]
    public async Task Page_IsDataWithLimitAndNextCursorMeta()
    {
        await using var host = await SampleHost.StartAsync();
        using var client = host.CreateClient();

        using var response = await client.GetAsync("/api/v1/widgets/");

        Assert.Equal(200, (int)response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(JsonValueKind.Array, body.RootElement.GetProperty("data").ValueKind);
        var meta = body.RootElement.GetProperty("meta");
        Assert.Equal(20, meta.GetProperty("limit").GetInt32());
        Assert.Equal("next-cursor", meta.GetProperty("nextCursor").GetString());
    }

    [Fact]
    public async Task One_IsDataOnly()
    {
        await using var host = await SampleHost.StartAsync();
        using var client = host.CreateClient();

        using var response = await client.GetAsync($"/api/v1/widgets/{Guid.Empty}");

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(["data"], body.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("known", body.RootElement.GetProperty("data").GetProperty("name").GetString());
    }
}
