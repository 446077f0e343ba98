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

/// <summary>How <c>rampart dev --instances N</c> lays out its instances.</summary>
public sealed class DevInstancesTests
{
    private static readonly DevUrls Urls = new(new Uri("http://127.0.0.1:5081"));

    [Fact]
    public void InstancePorts_OneInstanceDefaultPortFree_TheDefaultPort()
    {
        Assert.Equal([DevSession.DefaultApiPort], DevSession.InstancePorts(null, 1, _ => true, () => throw new InvalidOperationException("not asked")));
    }

    [Fact]
    public void InstancePorts_ThreeInstancesOnARequestedPort_FirstOnItOthersOnDistinctFreePorts()
    {
        // The free-port source hands out a repeat: the second instance must not get it twice.
        var free = new Queue<int>([40001, 40001, 40002]);

        var ports = DevSession.InstancePorts(7000, 3, _ => true, free.Dequeue);

        Assert.Equal([7000, 40001, 40002], ports);
    }

    [Fact]
    public void InstancePorts_DefaultPortTaken_EveryInstanceOnAFreePort()
    {
        var free = new Queue<int>([40010, 40011]);

        Assert.Equal([40010, 40011], DevSession.InstancePorts(null, 2, port => port != DevSession.DefaultApiPort, free.Dequeue));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(DevRunOptions.MaxInstances + 1)]
    public void InstancePorts_OutOfRange_Throws(int count)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DevSession.InstancePorts(null, count, _ => true, () => 40000));
    }

    [Fact]
    public void InstanceEnvironment_FirstInstance_AppliesMigrationsOnItsOwnUrl()
    {
        var shared = DevSession.ServiceEnvironment(new DevRunOptions(Instances: 2));

        var first = DevSession.InstanceEnvironment(shared, Urls, 0);

        Assert.Equal("http://127.0.0.1:5081", first["ASPNETCORE_URLS"]);
        Assert.Equal("true", first["Rampart__Migrations__ApplyOnStartup"]);
    }

    [Fact]
    public void InstanceEnvironment_LaterInstance_LeavesMigrationsToTheFirst_SharedSettingsKept()
    {
        var shared = new Dictionary<string, string>(DevSession.ServiceEnvironment(new DevRunOptions(Instances: 2)), StringComparer.Ordinal)
        {
            ["ConnectionStrings__Redis"] = "127.0.0.1:6390",
        };

        var second = DevSession.InstanceEnvironment(shared, Urls, 1);

        Assert.Equal("false", second["Rampart__Migrations__ApplyOnStartup"]);
        Assert.Equal("127.0.0.1:6390", second["ConnectionStrings__Redis"]);
        Assert.Equal("true", shared["Rampart__Migrations__ApplyOnStartup"]);
    }

    [Theory]
    [InlineData("memory", 2, "Rate limits, cache and SignalR are per instance (no --cache redis).")]
    [InlineData("memory", 8, "Rate limits, cache and SignalR are per instance (no --cache redis).")]
    [InlineData("redis", 2, null)]
    [InlineData("memory", 1, null)]
    public void PerInstanceWarning_SaysWhatIsNotShared_OnOneTerminalLine(string cache, int instances, string? expected)
    {
        var settings = new ProjectSettings("standard", "src/Shop/Shop.csproj", "shop", "rabbitmq", cache);

        var warning = DevSession.PerInstanceWarning(settings, instances);

        Assert.Equal(expected, warning);
        Assert.True(("rampart dev " + warning).Length <= 80, "one line on an 80-column terminal");
    }
}
