using Rampart.AspNetCore.Messaging.Outbox;

namespace Rampart.AspNetCore.Messaging.Tests.Outbox;

public sealed class MessageIdsTests
{
    [Fact]
    public void Next_ManyWithinOneMillisecond_StrictlyIncreasingVersion7()
    {
        var now = DateTimeOffset.UtcNow;
        var ids = Enumerable.Range(0, 10_000).Select(_ => MessageIds.Next(now)).ToList();

        Assert.All(ids, id => Assert.Equal(7, id.Version));
        Assert.All(ids, id => Assert.Equal(0b10, id.Variant >> 2));
        for (var i = 1; i < ids.Count; i++)
        {
            Assert.True(ids[i].CompareTo(ids[i - 1]) > 0, $"id {i} does not sort after id {i - 1}");
        }
    }

    [Fact]
    public void Next_ClockGoesBackwards_StillIncreasing()
    {
        var first = MessageIds.Next(DateTimeOffset.UtcNow);
        var second = MessageIds.Next(DateTimeOffset.UtcNow.AddSeconds(-10));

        Assert.True(second.CompareTo(first) > 0);
    }
}
