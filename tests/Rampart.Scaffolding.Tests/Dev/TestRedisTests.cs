using System.Globalization;
using Rampart.LocalServers;

namespace Rampart.Scaffolding.Tests.Dev;

/// <summary>The Redis a generated solution's tests use (with <c>--cache redis</c>): the explicit variable, else a private one started once per run.</summary>
public sealed class TestRedisTests
{
    [Fact]
    public async Task Server_VariableSet_IsThatServerAndStartsNothing()
    {
        var variable = "RAMPART_TEST_EXPLICIT_" + Guid.NewGuid().ToString("N")[..8];
        Environment.SetEnvironmentVariable(variable, "redis.example:6380");
        try
        {
            Assert.Equal("redis.example:6380", await TestRedis.ServerAsync(variable));
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Fact]
    public async Task Server_VariableUnset_StartsOnePrivateServerOnLoopbackSharedByEveryCaller()
    {
        var first = await TestRedis.ServerAsync("RAMPART_TEST_UNSET_" + Guid.NewGuid().ToString("N")[..8]);
        var second = await TestRedis.ServerAsync("RAMPART_TEST_UNSET_" + Guid.NewGuid().ToString("N")[..8]);

        Assert.Equal(first, second);
        Assert.StartsWith("127.0.0.1:", first, StringComparison.Ordinal);
        var port = int.Parse(first["127.0.0.1:".Length..], CultureInfo.InvariantCulture);
        Assert.True(await LocalRedis.AnswersPingAsync(port, CancellationToken.None), $"{first} does not answer PING");
    }
}
