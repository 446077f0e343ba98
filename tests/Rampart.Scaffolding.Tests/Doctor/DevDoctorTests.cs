using Rampart.LocalServers;
using Rampart.Scaffolding.Dev;
using Rampart.Scaffolding.Doctor;

namespace Rampart.Scaffolding.Tests.Doctor;

public sealed class DevDoctorTests : IDisposable
{
    private static readonly ProjectSettings InProcess = new("modular-monolith", "src/Shop.Host/Shop.Host.csproj", "shop", "inprocess");
    private readonly TemporaryDirectory _solution = new();

    public void Dispose() => _solution.Dispose();

    [Fact]
    public async Task Check_EverythingPresent_EveryCheckOkAndDevCanRun()
    {
        var report = await CheckAsync(ScriptedMachine.WithEverything(), InProcess);

        Assert.True(report.CanRunDev);
        Assert.All(report.Findings, finding => Assert.Equal(DoctorStatus.Ok, finding.Status));
        Assert.Equal([".NET SDK", "Process tools", "PostgreSQL", "API port", "Write access"], report.Findings.Select(f => f.Check));
        Assert.Contains("initdb (PostgreSQL) 15.18 in /usr/lib/postgresql/15/bin", Find(report, "PostgreSQL").Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_PostgresMissing_FailsWithTheInstallCommandOfEveryPlatform()
    {
        var machine = ScriptedMachine.WithEverything();
        machine.Files.Remove("/usr/lib/postgresql/15/bin/initdb");

        var report = await CheckAsync(machine, InProcess);

        Assert.False(report.CanRunDev);
        var postgres = Find(report, "PostgreSQL");
        Assert.Equal(DoctorStatus.Failed, postgres.Status);
        Assert.Equal(
            ["sudo apt-get install -y postgresql", "sudo dnf install -y postgresql-server", "brew install postgresql@17", "winget install PostgreSQL.PostgreSQL.17"],
            postgres.Install!.Rows.Select(row => row.Command));
    }

    [Fact]
    public async Task Check_PostgresMissingAsRootWithAptGet_NoteThatDevInstallsIt_AndDevCanRun()
    {
        var machine = ScriptedMachine.WithEverything();
        machine.Files.Remove("/usr/lib/postgresql/15/bin/initdb");
        machine.IsRoot = true;
        machine.CanInstallDebianPackages = true;

        var report = await CheckAsync(machine, InProcess);

        Assert.True(report.CanRunDev);
        Assert.Equal(DoctorStatus.Note, Find(report, "PostgreSQL").Status);
        Assert.Contains("installs the Debian package postgresql", Find(report, "PostgreSQL").Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_BinFolderVariableWrong_FailsNamingTheVariable()
    {
        var machine = ScriptedMachine.WithEverything();
        machine.Variables[SystemPrograms.PostgresBinDirectoryVariable] = "/opt/nothing";

        var postgres = Find(await CheckAsync(machine, InProcess), "PostgreSQL");

        Assert.Equal(DoctorStatus.Failed, postgres.Status);
        Assert.Contains("RAMPART_DEV_PG_BINDIR is '/opt/nothing', which holds no initdb", postgres.Detail, StringComparison.Ordinal);
        Assert.Contains("unset it", postgres.Fix, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("inprocess", "memory", new string[0])]
    [InlineData("rabbitmq", "memory", new[] { "RabbitMQ" })]
    [InlineData("inprocess", "redis", new[] { "Redis" })]
    [InlineData("rabbitmq", "redis", new[] { "RabbitMQ", "Redis" })]
    public async Task Check_BrokerAndCache_AreCheckedOnlyWhenTheSettingsUseThem(string broker, string cache, string[] expected)
    {
        var report = await CheckAsync(ScriptedMachine.WithEverything(), InProcess with { Broker = broker, Cache = cache });

        Assert.Equal(expected, report.Findings.Select(f => f.Check).Where(check => check is "RabbitMQ" or "Redis"));
    }

    [Fact]
    public async Task Check_RedisUsedButMissing_FailsWithItsInstallCommands()
    {
        var machine = ScriptedMachine.WithEverything();
        machine.Files.Remove("/usr/bin/redis-server");
        machine.Platform = HostPlatform.MacOS;

        var report = await CheckAsync(machine, InProcess with { Cache = "redis" });

        var redis = Find(report, "Redis");
        Assert.Equal(DoctorStatus.Failed, redis.Status);
        Assert.Contains("\"cache\": \"redis\"", redis.Detail, StringComparison.Ordinal);
        Assert.Equal("brew install redis", redis.Install!.For(HostPlatform.MacOS));
    }

    [Fact]
    public void Locate_HomebrewKegOrPath_FoundWhereThosePlatformsInstall()
    {
        var machine = ScriptedMachine.WithEverything();
        machine.Files.Remove("/usr/lib/postgresql/15/bin/initdb");
        machine.Files.Add("/opt/homebrew/opt/postgresql@16/bin/initdb");
        machine.Files.Add("/opt/homebrew/opt/postgresql@17/bin/initdb");
        machine.Files.Add("/opt/homebrew/opt/openssl@3/bin/openssl");

        Assert.Equal("/opt/homebrew/opt/postgresql@17/bin", SystemPrograms.Postgres.Locate(machine).Path);

        machine.Files.RemoveWhere(file => file.StartsWith("/opt/homebrew", StringComparison.Ordinal));
        machine.Path["initdb"] = "/usr/bin/initdb";
        Assert.Equal("/usr/bin", SystemPrograms.Postgres.Locate(machine).Path);
    }

    [Fact]
    public async Task Check_SeveralDebianVersions_TakesTheNewest()
    {
        var machine = ScriptedMachine.WithEverything();
        machine.Files.Add("/usr/lib/postgresql/9/bin/initdb");
        machine.Files.Add("/usr/lib/postgresql/16/bin/initdb");

        Assert.Equal("/usr/lib/postgresql/16/bin", SystemPrograms.Postgres.Locate(machine).Path);
        Assert.True((await CheckAsync(machine, InProcess)).CanRunDev);
    }

    [Fact]
    public async Task Check_NoDotnet_FailsWithTheSdkInstallCommands()
    {
        var machine = ScriptedMachine.WithEverything();
        machine.Dotnet = null;

        var sdk = Find(await CheckAsync(machine, InProcess), ".NET SDK");

        Assert.Equal(DoctorStatus.Failed, sdk.Status);
        Assert.Equal("winget install Microsoft.DotNet.SDK.10", sdk.Install!.For(HostPlatform.Windows));
    }

    [Fact]
    public async Task Check_PinnedSdkNotInstalled_FailsWithTheHostsMessageAndThePin()
    {
        await File.WriteAllTextAsync(_solution.Combine("global.json"), """{ "sdk": { "version": "10.0.100", "rollForward": "latestFeature" } }""");
        var machine = ScriptedMachine.WithEverything();
        machine.Dotnet = new ProcessResult(155, string.Empty, "A compatible .NET SDK was not found.\n\nRequested SDK version: 10.0.100");

        var sdk = Find(await CheckAsync(machine, InProcess), ".NET SDK");

        Assert.Equal(DoctorStatus.Failed, sdk.Status);
        Assert.Equal("A compatible .NET SDK was not found; needed: SDK 10.0.100 (global.json; its rollForward may accept a later one).", sdk.Detail);
    }

    [Fact]
    public async Task Check_ExplicitPortInUse_Fails_DefaultPortInUse_OnlyANote()
    {
        var machine = ScriptedMachine.WithEverything();
        machine.BusyPorts.Add(8080);
        machine.BusyPorts.Add(DevSession.DefaultApiPort);

        var asked = Find(await CheckAsync(machine, InProcess, port: 8080), "API port");
        var defaulted = Find(await CheckAsync(machine, InProcess, port: null), "API port");
        var any = Find(await CheckAsync(machine, InProcess, port: 0), "API port");

        Assert.Equal((DoctorStatus.Failed, "8080 is in use."), (asked.Status, asked.Detail));
        Assert.Contains("--port 0", asked.Fix, StringComparison.Ordinal);
        Assert.Equal(DoctorStatus.Note, defaulted.Status);
        Assert.Equal(DoctorStatus.Ok, any.Status);
    }

    [Fact]
    public async Task Check_DataFolderNotWritable_Fails()
    {
        var machine = ScriptedMachine.WithEverything();
        machine.WriteError = "Access to the path is denied.";

        var write = Find(await CheckAsync(machine, InProcess), "Write access");

        Assert.Equal(DoctorStatus.Failed, write.Status);
        Assert.Contains("Access to the path is denied.", write.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_RootWithAFolderOthersCannotEnter_FailsWithTheChmodToRun()
    {
        var machine = ScriptedMachine.WithEverything();
        machine.IsRoot = true;
        var closed = Path.GetDirectoryName(_solution.Path)!;
        machine.ClosedFolders.Add(closed);

        var access = Find(await CheckAsync(machine, InProcess), "Folder access");

        Assert.Equal(DoctorStatus.Failed, access.Status);
        Assert.Equal($"chmod o+x {closed}  (or place the solution under a folder others may enter)", access.Fix);
    }

    [Fact]
    public async Task Check_MissingProcessTool_Fails_AndOnWindowsPointsAtWsl()
    {
        var machine = ScriptedMachine.WithEverything();
        machine.Path.Remove("kill");
        machine.Platform = HostPlatform.Windows;

        var tools = Find(await CheckAsync(machine, InProcess), "Process tools");

        Assert.Equal(DoctorStatus.Failed, tools.Status);
        Assert.StartsWith("wsl --install", tools.Install!.For(HostPlatform.Windows), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FindOrInstall_MissingAndNotInstallable_ThrowsWithThisPlatformsCommand()
    {
        var machine = ScriptedMachine.WithEverything();
        machine.Files.Remove("/usr/sbin/rabbitmq-server");
        machine.Platform = HostPlatform.Fedora;

        var error = await Assert.ThrowsAsync<LocalServerException>(() => SystemPrograms.RabbitMq.FindOrInstallAsync(machine, NullServerOutput.Instance, CancellationToken.None));

        Assert.Equal("RabbitMQ (rabbitmq-server) was not found.", error.Message);
        Assert.StartsWith("Install it: sudo dnf install -y rabbitmq-server", error.Fix, StringComparison.Ordinal);
    }

    private Task<DoctorReport> CheckAsync(ScriptedMachine machine, ProjectSettings settings, int? port = null) =>
        new DevDoctor(_solution.Path, settings, port, machine).CheckAsync(CancellationToken.None);

    private static DoctorFinding Find(DoctorReport report, string check) => report.Findings.Single(finding => finding.Check == check);
}
