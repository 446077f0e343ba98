using System.Net.Sockets;
using Rampart.LocalServers;

namespace Rampart.Scaffolding.Tests.Dev;

public sealed class LocalRedisTests : IDisposable
{
    private readonly TemporaryDirectory _solution = new();

    public void Dispose() => _solution.Dispose();

    [Fact]
    public async Task StartThenStop_Server_AnswersPingThenEnds()
    {
        var server = new LocalRedis(_solution.Combine(".rampart", "dev", "redis"));
        LocalServerEndpoint endpoint;
        try
        {
            endpoint = await server.StartAsync(new RecordingDevOutput(), CancellationToken.None);

            Assert.True(await LocalRedis.AnswersPingAsync(endpoint.Port, CancellationToken.None));
            Assert.Equal($"127.0.0.1:{endpoint.Port}", endpoint.ServiceSettings["ConnectionStrings__Redis"]);
        }
        finally
        {
            await server.StopAsync();
        }

        Assert.False(ProcessState.IsRunning(endpoint.ProcessId), $"The Redis server (pid {endpoint.ProcessId}) still runs.");
        using var client = new TcpClient();
        await Assert.ThrowsAnyAsync<SocketException>(() => client.ConnectAsync("127.0.0.1", endpoint.Port));
    }

    [Fact]
    public async Task Reset_AfterARun_DeletesTheFolder()
    {
        var server = new LocalRedis(_solution.Combine(".rampart", "dev", "redis"));
        await server.StartAsync(new RecordingDevOutput(), CancellationToken.None);
        await server.StopAsync();

        await server.ResetAsync();

        Assert.False(Directory.Exists(server.DataDirectory));
    }
}
