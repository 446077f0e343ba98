using System.Net.Sockets;
using Rampart.LocalServers;

namespace Rampart.Scaffolding.Tests.Dev;

public sealed class LocalRabbitMqTests : IDisposable
{
    private readonly TemporaryDirectory _solution = new();

    public LocalRabbitMqTests()
    {
        // The node runs as the rabbitmq user when the tests run as root: it must be able to reach the data folder.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(_solution.Path, (UnixFileMode)0b111_101_101);
        }
    }

    public void Dispose() => _solution.Dispose();

    [Fact]
    public async Task StartThenStop_Node_AcceptsAmqpConnectionsThenEnds()
    {
        var server = new LocalRabbitMq(_solution.Combine(".rampart", "dev", "rabbitmq"));
        LocalServerEndpoint endpoint;
        try
        {
            endpoint = await server.StartAsync(new RecordingDevOutput(), CancellationToken.None);

            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", endpoint.Port);
            Assert.True(client.Connected);
            Assert.Equal($"amqp://guest:guest@127.0.0.1:{endpoint.Port}/", endpoint.ServiceSettings["Messaging__RabbitMq__Uri"]);
        }
        finally
        {
            await server.StopAsync();
        }

        Assert.False(ProcessState.IsRunning(endpoint.ProcessId), $"The RabbitMQ node (pid {endpoint.ProcessId}) still runs.");
    }
}
