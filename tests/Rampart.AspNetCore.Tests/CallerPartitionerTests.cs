using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Rampart.AspNetCore.RateLimiting;

namespace Rampart.AspNetCore.Tests;

public sealed class CallerPartitionerTests
{
    private readonly CallerPartitioner _partitioner = new(new RampartRateLimitingOptions
    {
        Roles = new(StringComparer.OrdinalIgnoreCase) { ["Admin"] = new() { PermitLimit = 10_000 } },
    });

    [Fact]
    public void Partition_SameAddressFromTwoConnections_SharesOnePartition()
    {
        var first = _partitioner.Partition(Anonymous(IPAddress.Parse("203.0.113.7")));
        var second = _partitioner.Partition(Anonymous(IPAddress.Parse("203.0.113.7")));

        Assert.Equal(first.PartitionKey, second.PartitionKey);
        Assert.Equal("ip:203.0.113.7", first.PartitionKey.ToString());
    }

    [Fact]
    public void Partition_DifferentAddresses_AreSeparatePartitions()
    {
        var first = _partitioner.Partition(Anonymous(IPAddress.Parse("203.0.113.7")));
        var mapped = _partitioner.Partition(Anonymous(IPAddress.Parse("203.0.113.7").MapToIPv6()));
        var unknown = _partitioner.Partition(Anonymous(address: null));

        Assert.NotEqual(first.PartitionKey, mapped.PartitionKey);
        Assert.NotEqual(first.PartitionKey, unknown.PartitionKey);
        Assert.Equal("ip:unknown", unknown.PartitionKey.ToString());
    }

    [Fact]
    public void Partition_UserNamedLikeAnAddress_IsNotTheAddressPartition()
    {
        var user = _partitioner.Partition(User("203.0.113.7"));
        var address = _partitioner.Partition(Anonymous(IPAddress.Parse("203.0.113.7")));

        Assert.NotEqual(address.PartitionKey, user.PartitionKey);
        Assert.Equal("user:authenticated:203.0.113.7", user.PartitionKey.ToString());
    }

    [Fact]
    public void Partition_UserInARoleWithAHigherRule_UsesTheRoleScopeInLowerCase()
    {
        var partition = _partitioner.Partition(User("alice", "Admin"));

        Assert.Equal("user:admin:alice", partition.PartitionKey.ToString());
    }

    [Fact]
    public void Partition_Disabled_IsOnePartitionForEveryone()
    {
        var partitioner = new CallerPartitioner(new RampartRateLimitingOptions { Enabled = false });

        var first = partitioner.Partition(User("alice"));
        var second = partitioner.Partition(Anonymous(IPAddress.Loopback));

        Assert.Equal(first.PartitionKey, second.PartitionKey);
    }

    private static DefaultHttpContext Anonymous(IPAddress? address)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = address;
        return context;
    }

    private static DefaultHttpContext User(string name, params string[] roles)
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, name) };
        claims.AddRange(roles.Select(role => new Claim(ClaimTypes.Role, role)));
        return new DefaultHttpContext { User = new ClaimsPrincipal(new ClaimsIdentity(claims, "Test")) };
    }
}
