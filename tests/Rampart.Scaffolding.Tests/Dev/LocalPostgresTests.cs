using Npgsql;
using Rampart.LocalServers;
using Rampart.Testing;

namespace Rampart.Scaffolding.Tests.Dev;

public sealed class LocalPostgresTests : IDisposable
{
    private readonly TemporaryDirectory _solution = new();
    private readonly RecordingDevOutput _output = new();

    public LocalPostgresTests()
    {
        // The server runs as the postgres user when the tests run as root: it must be able to reach the data folder.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(_solution.Path, (UnixFileMode)0b111_101_101);
        }
    }

    public void Dispose() => _solution.Dispose();

    private LocalPostgres Server() => new(_solution.Combine(".rampart", "dev", "postgres"), "shop", TestEnvironment.PostgresBinDirectory);

    [Fact]
    public async Task Start_FreshFolder_CreatesClusterAndServiceDatabase()
    {
        var server = Server();
        try
        {
            var endpoint = await server.StartAsync(_output, CancellationToken.None);

            Assert.True(File.Exists(Path.Combine(server.DataDirectory, "PG_VERSION")));
            await using var connection = new NpgsqlConnection(endpoint.ServiceSettings["ConnectionStrings__Database"]);
            await connection.OpenAsync();
            Assert.Equal("shop", connection.Database);
        }
        finally
        {
            await server.StopAsync();
        }
    }

    [Fact]
    public async Task Stop_Running_EndsTheServerProcess()
    {
        var server = Server();
        var endpoint = await server.StartAsync(_output, CancellationToken.None);

        await server.StopAsync();

        await Eventually.UntilAsync(() => !ProcessState.IsRunning(endpoint.ProcessId), "the postgres process ends", TimeSpan.FromSeconds(30));
        Assert.Null(server.ProcessId);
    }

    [Fact]
    public async Task Start_AfterStop_KeepsTheData()
    {
        var first = Server();
        var endpoint = await first.StartAsync(_output, CancellationToken.None);
        await ExecuteAsync(endpoint, "CREATE TABLE kept (id int); INSERT INTO kept VALUES (42);");
        await first.StopAsync();

        var second = Server();
        try
        {
            var again = await second.StartAsync(_output, CancellationToken.None);

            Assert.Equal(42, await ExecuteAsync(again, "SELECT id FROM kept"));
        }
        finally
        {
            await second.StopAsync();
        }
    }

    [Fact]
    public async Task Start_ServerLeftRunning_StopsItAndStartsAgain()
    {
        var abandoned = await Server().StartAsync(_output, CancellationToken.None);
        var server = Server();
        try
        {
            var endpoint = await server.StartAsync(_output, CancellationToken.None);

            Assert.False(ProcessState.IsRunning(abandoned.ProcessId));
            Assert.Equal(1, await ExecuteAsync(endpoint, "SELECT 1"));
        }
        finally
        {
            await server.StopAsync();
        }
    }

    [Fact]
    public async Task Reset_LeftRunning_StopsTheServerAndWipesTheData()
    {
        var server = Server();
        var endpoint = await server.StartAsync(_output, CancellationToken.None);

        await Server().ResetAsync();

        Assert.False(ProcessState.IsRunning(endpoint.ProcessId));
        Assert.False(Directory.Exists(server.DataDirectory));
    }

    private static async Task<int> ExecuteAsync(LocalServerEndpoint endpoint, string sql)
    {
        await using var connection = new NpgsqlConnection(endpoint.ServiceSettings["ConnectionStrings__Database"]);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync() ?? 0, System.Globalization.CultureInfo.InvariantCulture);
    }
}
