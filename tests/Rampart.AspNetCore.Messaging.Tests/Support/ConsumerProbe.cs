using System.Collections.Concurrent;
using System.Diagnostics;

namespace Rampart.AspNetCore.Messaging.Tests.Support;

/// <summary>What the test handlers saw, in the order they saw it.</summary>
public sealed class ConsumerProbe
{
    public ConcurrentQueue<(Guid MessageId, OrderPlaced Event, int Attempt)> Calls { get; } = new();

    public ConcurrentQueue<ActivityTraceId?> TraceIds { get; } = new();

    public int FailuresBeforeSuccess { get; set; }
}
