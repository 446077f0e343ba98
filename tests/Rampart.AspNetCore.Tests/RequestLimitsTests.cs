using System.Net.Sockets;
using System.Text;
using Rampart.AspNetCore.Tests.Support;

namespace Rampart.AspNetCore.Tests;

public sealed class RequestLimitsTests
{
    [Fact]
    public async Task Url_LongerThanTheLimit_Answers414Problem()
    {
        await using var host = await SampleHost.StartAsync();
        using var client = host.CreateClient();

        using var response = await client.GetAsync("/api/v1/widgets/search?limit=1&pad=" + new string('a', 9000));

        var problem = await ProblemJson.ReadAsync(response, 414);
        Assert.Equal("http.uri_too_long", problem.GetProperty("code").GetString());
        Assert.True(response.Headers.Contains("X-Request-Id"));
    }

    [Fact]
    public async Task Headers_LargerThanTheLimit_Answer431Problem()
    {
        await using var host = await SampleHost.StartAsync();
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.TryAddWithoutValidation("X-Padding", new string('h', 40 * 1024));

        using var response = await client.SendAsync(request);

        var problem = await ProblemJson.ReadAsync(response, 431);
        Assert.Equal("http.headers_too_large", problem.GetProperty("code").GetString());
        Assert.True(response.Headers.Contains("X-Request-Id"));
    }

    [Fact]
    public async Task Url_WithinTheLimit_IsServed()
    {
        await using var host = await SampleHost.StartAsync();
        using var client = host.CreateClient();

        using var response = await client.GetAsync("/api/v1/widgets/search?limit=1&pad=" + new string('a', 7000));

        Assert.Equal(200, (int)response.StatusCode);
    }

    // What the server rejects while parsing, before any application code runs (see docs/building-blocks/problem-details.md):
    // the answer is the server's own bare 400, never a 500 and never a hang.
    [Theory]
    [InlineData("GET /a%00b HTTP/1.1\r\nHost: x\r\n\r\n")]
    [InlineData("POST /api/v1/widgets HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n")]
    [InlineData("GET /health/live HTTP/1.1\r\nHost: x\r\nX-Name: caf\u00e9\r\n\r\n")]
    public async Task Request_TheServerCannotParse_Answers400(string raw)
    {
        await using var host = await SampleHost.StartAsync();
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(host.BaseAddress.Host, host.BaseAddress.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.Latin1.GetBytes(raw));

        using var reader = new StreamReader(stream, Encoding.Latin1);
        var statusLine = await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.StartsWith("HTTP/1.1 400", statusLine, StringComparison.Ordinal);
    }
}
