using System.Collections.Concurrent;
using System.Reflection;

namespace Rampart.AspNetCore.Messaging;

/// <summary>The wire name of an event type: its <see cref="IntegrationEventAttribute"/> or its CLR name.</summary>
internal static class IntegrationEventNames
{
    private static readonly ConcurrentDictionary<Type, string> Names = new();

    public static string For(Type eventType) =>
        Names.GetOrAdd(eventType, static type => type.GetCustomAttribute<IntegrationEventAttribute>()?.Name ?? type.Name);
}
