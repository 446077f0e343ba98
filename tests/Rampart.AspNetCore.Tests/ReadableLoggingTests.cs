using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Rampart.AspNetCore.Logging;
using Rampart.AspNetCore.Tests.Support;

namespace Rampart.AspNetCore.Tests;

/// <summary>The console lines a person reads in Development (and wherever <c>Rampart:Logging:Format</c> is Text).</summary>
public sealed class ReadableLoggingTests
{
    private static readonly Dictionary<string, string?> ConsoleAtInformation = new() { ["Logging:Console:LogLevel:Default"] = "Information" };

    [Fact]
    public async Task RequestLine_InDevelopment_IsOneReadableLineWithTheEchoedRequestId()
    {
        var (text, echoed) = await ServeAsync("Development", ConsoleAtInformation, "/log", "client-9.id");

        var line = Assert.Single(Lines(text), l => l.Contains("[1201]", StringComparison.Ordinal));
        Assert.Matches(@"^\d\d:\d\d:\d\d info: RequestIdMiddleware\[1201\] GET /log answered 200 in \d+\.\d ms \(request client-9\.id\)$", line);
        Assert.Equal("client-9.id", echoed);
        Assert.DoesNotContain(Lines(text), l => l.StartsWith('{'));
    }

    [Fact]
    public async Task Exception_InDevelopment_KeepsItsStackOnIndentedLines()
    {
        var (text, _) = await ServeAsync("Development", null, "/throw", "client-10.id");

        var lines = Lines(text);
        var error = lines.FindIndex(l => l.Contains("fail: ", StringComparison.Ordinal) && l.EndsWith("(request client-10.id)", StringComparison.Ordinal));
        Assert.True(error >= 0, text);
        Assert.StartsWith("      System.InvalidOperationException: secret connection string leaked", lines[error + 1], StringComparison.Ordinal);
        Assert.Contains(lines.Skip(error + 2), l => l.StartsWith("         at ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FormatJson_InDevelopment_WritesJsonLines()
    {
        var settings = new Dictionary<string, string?>(ConsoleAtInformation) { [ConsoleLogFormats.Setting] = "json" };

        var (text, _) = await ServeAsync("Development", settings, "/log", "client-11.id");

        Assert.NotEmpty(Lines(text));
        Assert.All(Lines(text), line => Assert.StartsWith("{\"Timestamp\":", line, StringComparison.Ordinal));
    }

    [Fact]
    public async Task FormatText_InProduction_WritesReadableLines()
    {
        var settings = new Dictionary<string, string?>(ConsoleAtInformation) { [ConsoleLogFormats.Setting] = "Text" };

        var (text, _) = await ServeAsync("Production", settings, "/log", "client-12.id");

        Assert.Contains(Lines(text), l => l.Contains("info: RequestIdMiddleware[1201] GET /log answered 200", StringComparison.Ordinal));
    }

    [Fact]
    public void Format_NotOneOfTheThree_FailsAtStartNamingTheSettingAndTheChoices()
    {
        var error = Assert.Throws<InvalidOperationException>(() => SampleHost.Build(new CapturingLoggerProvider(), "Development", new Dictionary<string, string?> { [ConsoleLogFormats.Setting] = "pretty" }));

        Assert.Equal("Rampart:Logging:Format is 'pretty'; use Auto (readable in Development, JSON elsewhere), Json or Text.", error.Message);
    }

    [Theory]
    [InlineData("Development", null, false)]
    [InlineData("Production", null, true)]
    [InlineData("Development", "Information", true)]
    public async Task EfCoreCommandLines_QuietOnlyUnderReadableLogs_AndSettingsStillWin(string environment, string? configured, bool enabled)
    {
        var settings = new Dictionary<string, string?> { ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = configured };
        await using var host = await SampleHost.StartAsync(environment, configured is null ? null : settings);

        var logger = host.App.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Microsoft.EntityFrameworkCore.Database.Command");

        Assert.Equal(enabled, logger.IsEnabled(LogLevel.Information));
        Assert.True(logger.IsEnabled(LogLevel.Warning));
    }

    [Theory]
    [InlineData("Rampart.AspNetCore.RequestId.RequestIdMiddleware", "RequestIdMiddleware")]
    [InlineData("Microsoft.Hosting.Lifetime", "Lifetime")]
    [InlineData("Shop.Orders.OrderHandler<Shop.Orders.Order>", "OrderHandler<Shop.Orders.Order>")]
    [InlineData("Startup", "Startup")]
    [InlineData("Ends.With.Dot.", "Ends.With.Dot.")]
    public void ShortCategory_KeepsTheLastSegment(string category, string expected) =>
        Assert.Equal(expected, ReadableLine.ShortCategory(category));

    private static async Task<(string Text, string Echoed)> ServeAsync(string environment, Dictionary<string, string?>? settings, string path, string requestId)
    {
        var output = new MemoryStream();
        string echoed;
        await using (var host = await SampleHost.StartAsync(environment, settings, services => services.AddSingleton(new LogLineWriter(output, capacity: 64))))
        {
            using var client = host.CreateClient();
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Add("X-Request-Id", requestId);
            using var response = await client.SendAsync(request);
            echoed = response.Headers.GetValues("X-Request-Id").Single();
        }

        return (Encoding.UTF8.GetString(output.ToArray()), echoed);
    }

    private static List<string> Lines(string text) => [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r'))];
}
