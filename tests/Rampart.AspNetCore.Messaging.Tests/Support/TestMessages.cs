using System.Text.Json;

namespace Rampart.AspNetCore.Messaging.Tests.Support;

internal static class TestMessages
{
    public static IntegrationMessage OrderPlaced(Guid orderId, int step) =>
        new(Guid.CreateVersion7(), "tests.order_placed", orderId.ToString(), DateTimeOffset.UtcNow,
            JsonSerializer.Serialize(new OrderPlaced(orderId, step), JsonSerializerOptions.Web),
            new Dictionary<string, string>(StringComparer.Ordinal) { ["partition-key"] = orderId.ToString() });
}
