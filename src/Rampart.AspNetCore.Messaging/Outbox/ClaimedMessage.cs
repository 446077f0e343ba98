namespace Rampart.AspNetCore.Messaging.Outbox;

/// <summary>A message a relay holds locked for its batch, with its attempts so far.</summary>
internal sealed record ClaimedMessage(IntegrationMessage Message, int Attempts, long Sequence);
