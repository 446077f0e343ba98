using Rampart.Scaffolding.Dev;

namespace Rampart.Scaffolding.Tests.Dev;

/// <summary>What <c>rampart dev</c> tells the service through its environment.</summary>
public sealed class DevSessionTests
{
    [Fact]
    public void ServiceEnvironment_Defaults_ReadableUncolouredDevelopmentWithMigrations()
    {
        var environment = DevSession.ServiceEnvironment(new DevRunOptions());

        Assert.Equal("Development", environment["ASPNETCORE_ENVIRONMENT"]);
        Assert.Equal("true", environment["Rampart__Migrations__ApplyOnStartup"]);
        Assert.Equal("Auto", environment["Rampart__Logging__Format"]);
        Assert.Equal("Disabled", environment["Logging__Console__FormatterOptions__ColorBehavior"]);
    }

    [Fact]
    public void ServiceEnvironment_JsonLogsOnAColourTerminal_JsonAndColourEnabled()
    {
        var environment = DevSession.ServiceEnvironment(new DevRunOptions(JsonLogs: true, Color: true));

        Assert.Equal("Json", environment["Rampart__Logging__Format"]);
        Assert.Equal("Enabled", environment["Logging__Console__FormatterOptions__ColorBehavior"]);
    }
}
