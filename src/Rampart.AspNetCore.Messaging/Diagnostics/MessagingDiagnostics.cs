using System.Diagnostics;

namespace Rampart.AspNetCore.Messaging.Diagnostics;

/// <summary>
/// Traces of the messaging building block. The change's W3C trace context travels in the message headers; the
/// relay's publish span and the consumer's process span continue that trace.
/// </summary>
public static class MessagingDiagnostics
{
    /// <summary>The name of the activity source (add it to OpenTelemetry's tracer provider).</summary>
    public const string ActivitySourceName = "Rampart.AspNetCore.Messaging";

    private static readonly ActivitySource Source = new(ActivitySourceName);

    internal static Activity? StartPublish(IntegrationMessage message) =>
        Start($"{message.Type} publish", ActivityKind.Producer, message);

    internal static Activity? StartConsume(IntegrationMessage message, string consumer)
    {
        var activity = Start($"{message.Type} process", ActivityKind.Consumer, message);
        activity?.SetTag("messaging.consumer.group.name", consumer);
        return activity;
    }

    /// <summary>The headers to send: the stored ones, with the trace context of <paramref name="activity"/> when there is one.</summary>
    internal static IReadOnlyDictionary<string, string> Propagate(IntegrationMessage message, Activity? activity)
    {
        if (activity is not { IdFormat: ActivityIdFormat.W3C })
        {
            return message.Headers;
        }

        var headers = new Dictionary<string, string>(message.Headers, StringComparer.Ordinal)
        {
            [IntegrationMessageHeaders.TraceParent] = activity.Id!,
        };
        if (activity.TraceStateString is { Length: > 0 } state)
        {
            headers[IntegrationMessageHeaders.TraceState] = state;
        }

        return headers;
    }

    private static Activity? Start(string name, ActivityKind kind, IntegrationMessage message)
    {
        var parent = message.Headers.TryGetValue(IntegrationMessageHeaders.TraceParent, out var traceParent)
            && ActivityContext.TryParse(traceParent, message.Headers.GetValueOrDefault(IntegrationMessageHeaders.TraceState), out var context)
                ? context
                : default;
        var activity = Source.StartActivity(name, kind, parent);
        if (activity is not null)
        {
            activity.SetTag("messaging.message.id", message.Id.ToString());
            activity.SetTag("messaging.destination.name", message.Type);
        }

        return activity;
    }
}
