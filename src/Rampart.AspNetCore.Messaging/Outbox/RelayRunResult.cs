namespace Rampart.AspNetCore.Messaging.Outbox;

/// <summary>What one relay pass did: messages claimed, and of those, published.</summary>
internal readonly record struct RelayRunResult(int Claimed, int Published);
