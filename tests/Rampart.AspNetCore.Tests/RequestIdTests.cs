using Rampart.AspNetCore.Tests.Support;

namespace Rampart.AspNetCore.Tests;

public sealed class RequestIdTests
{
    [Fact]
    public async Task RequestId_Sane_IsEchoedAndInTheLogScopeWithModule()
    {
        await using var host = await SampleHost.StartAsync();
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/log");
        request.Headers.Add("X-Request-Id", "client-42.abc:1_x");

        using var response = await client.SendAsync(request);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("client-42.abc:1_x", response.Headers.GetValues("X-Request-Id").Single());
        var log = Assert.Single(host.Logs.Entries, e => e.Message == "Handled the log probe");
        Assert.Equal("client-42.abc:1_x", log.Scope["RequestId"]);
        Assert.Equal("orders", log.Scope["Module"]);
        Assert.Matches("^[0-9a-f]{32}$", (string)log.Scope["TraceId"]!);
    }

    [Fact]
    public async Task RequestId_Missing_IsGeneratedAndEchoed()
    {
        await using var host = await SampleHost.StartAsync();
        using var client = host.CreateClient();

        using var response = await client.GetAsync("/log");

        var id = response.Headers.GetValues("X-Request-Id").Single();
        Assert.Matches("^[0-9a-f]{32}$", id);
        Assert.Contains(host.Logs.Entries, e => e.Message == "Handled the log probe" && (string?)e.Scope["RequestId"] == id);
    }

    [Theory]
    [InlineData(65)]
    [InlineData(5000)]
    public async Task RequestId_TooLong_IsReplaced(int length)
    {
        await using var host = await SampleHost.StartAsync();
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/log");
        var hostile = new string('a', length);
        request.Headers.Add("X-Request-Id", hostile);

        using var response = await client.SendAsync(request);

        var id = response.Headers.GetValues("X-Request-Id").Single();
        Assert.NotEqual(hostile, id);
        Assert.Matches("^[0-9a-f]{32}$", id);
        Assert.DoesNotContain(host.Logs.Entries, e => e.Scope.Values.Contains(hostile));
    }

    [Theory]
    [InlineData("abc\u0001def")]
    [InlineData("abc def")]
    [InlineData("abc\"}{injected")]
    [InlineData("../../etc/passwd")]
    public async Task RequestId_WithUnsafeCharacters_IsReplaced(string hostile)
    {
        await using var host = await SampleHost.StartAsync();
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/log");
        request.Headers.TryAddWithoutValidation("X-Request-Id", hostile);

        using var response = await client.SendAsync(request);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Matches("^[0-9a-f]{32}$", response.Headers.GetValues("X-Request-Id").Single());
    }

    [Fact]
    public async Task RequestId_IsEchoedOnProblemResponsesToo()
    {
        await using var host = await SampleHost.StartAsync();
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/throw");
        request.Headers.Add("X-Request-Id", "on-error-1");

        using var response = await client.SendAsync(request);

        Assert.Equal(500, (int)response.StatusCode);
        Assert.Equal("on-error-1", response.Headers.GetValues("X-Request-Id").Single());
    }

    [Fact]
    public async Task Traceparent_Incoming_IsContinuedInProblemAndLogs()
    {
        await using var host = await SampleHost.StartAsync();
        using var client = host.CreateClient();
        const string traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        using var probe = new HttpRequestMessage(HttpMethod.Get, "/log");
        probe.Headers.Add("traceparent", $"00-{traceId}-00f067aa0ba902b7-01");
        using var problemRequest = new HttpRequestMessage(HttpMethod.Get, "/nowhere");
        problemRequest.Headers.Add("traceparent", $"00-{traceId}-00f067aa0ba902b7-01");

        using var logged = await client.SendAsync(probe);
        using var failed = await client.SendAsync(problemRequest);

        var problem = await ProblemJson.ReadAsync(failed, 404);
        Assert.Equal(traceId, problem.GetProperty("traceId").GetString());
        var log = Assert.Single(host.Logs.Entries, e => e.Message == "Handled the log probe");
        Assert.Equal(traceId, log.Scope["TraceId"]);
    }

    [Fact]
    public async Task RequestCompletion_IsLoggedOncePerRequestWithItsStatus()
    {
        await using var host = await SampleHost.StartAsync();
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/nowhere");
        request.Headers.Add("X-Request-Id", "completion-1");

        using var response = await client.SendAsync(request);

        var log = Assert.Single(host.Logs.Entries, e => e.EventId.Id == 1201 && (string?)e.Scope["RequestId"] == "completion-1");
        Assert.Contains("GET /nowhere answered 404", log.Message, StringComparison.Ordinal);
    }
}
