using System.Collections.Concurrent;
using Rampart.AspNetCore.Messaging.Transport;

namespace Rampart.AspNetCore.Messaging.Tests.Support;

/// <summary>A transport that records what it was given and fails when its script says so.</summary>
internal sealed class ScriptedTransport : IMessageTransport
{
    public ConcurrentQueue<IntegrationMessage> Published { get; } = new();

    public ConcurrentDictionary<Guid, int> Attempts { get; } = new();

    /// <summary>Decides per message and attempt: null to accept, an exception to throw.</summary>
    public Func<IntegrationMessage, int, Exception?> Script { get; set; } = (_, _) => null;

    public Task PublishAsync(IntegrationMessage message, string serviceName, CancellationToken cancellationToken)
    {
        var attempt = Attempts.AddOrUpdate(message.Id, 1, (_, n) => n + 1);
        if (Script(message, attempt) is { } failure)
        {
            return Task.FromException(failure);
        }

        Published.Enqueue(message);
        return Task.CompletedTask;
    }
}
