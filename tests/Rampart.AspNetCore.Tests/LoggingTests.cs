using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using Rampart.AspNetCore.Tests.Support;

namespace Rampart.AspNetCore.Tests;

public sealed class LoggingTests
{
    [Fact]
    public async Task ConsoleLogs_ByDefault_AreJsonWithScopesInUtc()
    {
        await using var host = await SampleHost.StartAsync();

        var console = host.App.Services.GetRequiredService<IOptions<ConsoleLoggerOptions>>().Value;
        var json = host.App.Services.GetRequiredService<IOptions<JsonConsoleFormatterOptions>>().Value;

        Assert.Equal(ConsoleFormatterNames.Json, console.FormatterName);
        Assert.True(json.IncludeScopes);
        Assert.True(json.UseUtcTimestamp);
    }
}
