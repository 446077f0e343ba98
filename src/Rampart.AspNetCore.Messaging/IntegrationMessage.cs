namespace Rampart.AspNetCore.Messaging;

/// <summary>A message as it travels from the outbox through a transport to consumers.</summary>
internal sealed record IntegrationMessage(
    Guid Id,
    string Type,
    string? PartitionKey,
    DateTimeOffset OccurredAt,
    string Payload,
    IReadOnlyDictionary<string, string> Headers);
