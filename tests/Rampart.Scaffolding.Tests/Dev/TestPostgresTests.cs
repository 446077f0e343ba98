using System.Diagnostics;
using Npgsql;
using Rampart.LocalServers;
using Rampart.Scaffolding.Tests.Doctor;
using Rampart.Testing;

namespace Rampart.Scaffolding.Tests.Dev;

/// <summary>The server a generated solution's tests use: the explicit variable, else a private one started once per run.</summary>
public sealed class TestPostgresTests : IDisposable
{
    private readonly TemporaryDirectory _root = new();

    public TestPostgresTests()
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(_root.Path, (UnixFileMode)0b111_101_101);
        }
    }

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task Server_VariableSet_IsThatServerAndStartsNothing()
    {
        var variable = "RAMPART_TEST_EXPLICIT_" + Guid.NewGuid().ToString("N")[..8];
        Environment.SetEnvironmentVariable(variable, "Host=db.example;Username=ci;Password=ci");
        try
        {
            Assert.Equal("Host=db.example;Username=ci;Password=ci", await TestPostgres.ServerAsync(variable));
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Fact]
    public async Task Server_VariableUnset_StartsOnePrivateServerSharedByEveryCaller()
    {
        var first = await TestPostgres.ServerAsync("RAMPART_TEST_UNSET_" + Guid.NewGuid().ToString("N")[..8]);
        var second = await TestPostgres.ServerAsync("RAMPART_TEST_UNSET_" + Guid.NewGuid().ToString("N")[..8]);

        Assert.Equal(first, second);
        await using var connection = new NpgsqlConnection(first);
        await connection.OpenAsync();
        var name = "t_" + Guid.NewGuid().ToString("N")[..12];
        await using (var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection))
        {
            await create.ExecuteNonQueryAsync();
        }

        await using var drop = new NpgsqlCommand($"DROP DATABASE {name}", connection);
        await drop.ExecuteNonQueryAsync();
        Assert.Equal("127.0.0.1", new NpgsqlConnectionStringBuilder(first).Host);
    }

    [Theory]
    [InlineData(HostPlatform.Debian, "sudo apt-get install -y postgresql")]
    [InlineData(HostPlatform.MacOS, "brew install postgresql@17")]
    [InlineData(HostPlatform.Windows, "winget install PostgreSQL.PostgreSQL.17")]
    public void Explain_BinariesMissing_IsOneLineWithThisPlatformsInstallCommand(HostPlatform platform, string command)
    {
        var machine = new ScriptedMachine { Platform = platform };

        var missing = Assert.Throws<LocalServerException>(() => SystemPrograms.Postgres.Find(machine));
        var line = TestPostgres.Explain("SHOP_TEST_POSTGRES", missing);

        Assert.DoesNotContain('\n', line);
        Assert.StartsWith("SHOP_TEST_POSTGRES is not set and no PostgreSQL could be started for the tests: PostgreSQL (the server binaries initdb and pg_ctl) was not found.", line, StringComparison.Ordinal);
        Assert.Contains($"Install it: {command}", line, StringComparison.Ordinal);
        Assert.EndsWith("Or set SHOP_TEST_POSTGRES to a server the tests may create databases on.", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StopLeftovers_ServerOfAKilledRun_IsStoppedAndItsFolderDeleted()
    {
        using var gone = Process.Start("true")!;
        await gone.WaitForExitAsync();
        var folder = TestPostgres.FolderFor(_root.Path, gone.Id);
        TestPostgres.CreateReachableFolder(folder);
        var leftover = new LocalPostgres(Path.Combine(folder, "postgres"), "postgres", TestEnvironment.PostgresBinDirectory);
        var endpoint = await leftover.StartAsync(NullServerOutput.Instance, CancellationToken.None);
        var mine = TestPostgres.FolderFor(_root.Path, Environment.ProcessId);
        TestPostgres.CreateReachableFolder(mine);

        await TestPostgres.StopLeftoversAsync(_root.Path, TestEnvironment.PostgresBinDirectory);

        await Eventually.UntilAsync(() => !ProcessState.IsRunning(endpoint.ProcessId), "the leftover postgres ends", TimeSpan.FromSeconds(30));
        Assert.False(Directory.Exists(folder));
        Assert.True(Directory.Exists(mine));
    }

    [Fact]
    public async Task StopLeftovers_FolderVanishingWhileSwept_DoesNotFailTheRun()
    {
        // The killed run's watchdog deletes its folder while the next run sweeps it: the sweep is best effort.
        using var gone = Process.Start("true")!;
        await gone.WaitForExitAsync();
        var folder = TestPostgres.FolderFor(_root.Path, gone.Id);
        var data = Path.Combine(folder, "postgres", "data");
        for (var i = 0; i < 40; i++)
        {
            var nested = Directory.CreateDirectory(Path.Combine(data, "base", i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            for (var j = 0; j < 50; j++)
            {
                await File.WriteAllTextAsync(Path.Combine(nested.FullName, j.ToString(System.Globalization.CultureInfo.InvariantCulture)), "x");
            }
        }

        var sweeps = Enumerable.Range(0, 4).Select(_ => Task.Run(() => TestPostgres.StopLeftoversAsync(_root.Path, TestEnvironment.PostgresBinDirectory)));
        await Task.WhenAll(sweeps);
        await TestPostgres.StopLeftoversAsync(_root.Path, TestEnvironment.PostgresBinDirectory);

        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public async Task Watchdog_OwnerKilled_StopsTheServerAndDeletesItsFolder()
    {
        using var owner = Process.Start("sleep", "600")!;
        var folder = TestPostgres.FolderFor(_root.Path, owner.Id);
        TestPostgres.CreateReachableFolder(folder);
        var server = new LocalPostgres(Path.Combine(folder, "postgres"), "postgres", TestEnvironment.PostgresBinDirectory);
        var endpoint = await server.StartAsync(NullServerOutput.Instance, CancellationToken.None);
        var watchdog = ServerWatchdog.Watch(owner.Id, endpoint.ProcessId, folder);
        try
        {
            owner.Kill();
            await owner.WaitForExitAsync();

            await Eventually.UntilAsync(() => !ProcessState.IsRunning(endpoint.ProcessId), "the watched postgres ends", TimeSpan.FromSeconds(30));
            await Eventually.UntilAsync(() => !Directory.Exists(folder), "the server's folder is deleted", TimeSpan.FromSeconds(30));
            await Eventually.UntilAsync(() => !ProcessState.IsRunning(watchdog), "the watchdog ends", TimeSpan.FromSeconds(30));
        }
        finally
        {
            await server.StopAsync();
        }
    }
}
