namespace Rampart.AspNetCore.Messaging.Inbox;

/// <summary>The consumers this service registered, looked up by event type name.</summary>
internal sealed class ConsumerRegistry
{
    private readonly List<ConsumerRegistration> _consumers = [];

    public IReadOnlyList<ConsumerRegistration> All => _consumers;

    public void Add(ConsumerRegistration registration)
    {
        if (_consumers.Any(c => string.Equals(c.Name, registration.Name, StringComparison.Ordinal)))
        {
            throw new InvalidOperationException(
                $"A consumer named '{registration.Name}' is already registered; give each consumer its own name.");
        }

        _consumers.Add(registration);
    }

    public IEnumerable<ConsumerRegistration> For(string eventName) =>
        _consumers.Where(c => string.Equals(c.EventName, eventName, StringComparison.Ordinal));
}
