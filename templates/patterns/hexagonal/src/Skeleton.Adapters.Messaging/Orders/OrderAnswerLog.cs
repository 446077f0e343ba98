using Microsoft.Extensions.Logging;

namespace Skeleton.Adapters.Messaging.Orders;

/// <summary>Log messages of the order consumers (event ids 4100–4119).</summary>
internal static partial class OrderAnswerLog
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "Catalog's answer for order {OrderId} ignored: {Code}: {Reason}")]
    public static partial void Ignored(ILogger logger, Guid orderId, string code, string reason);
}
