namespace Rampart.AspNetCore.Messaging.Inbox;

/// <summary>
/// The consumers of every messaging registration (DbContext) in this application, looked up by event type name;
/// one instance shared by all <c>AddRampartMessaging</c> calls.
/// </summary>
internal sealed class ConsumerRegistry
{
    private readonly List<ConsumerRegistration> _consumers = [];
    private readonly List<MessagingContext> _contexts = [];

    /// <summary>Every DbContext that called <c>AddRampartMessaging</c>, in registration order.</summary>
    public IReadOnlyList<MessagingContext> Contexts => _contexts;

    public void AddContext(MessagingContext context) => _contexts.Add(context);

    public IReadOnlyList<ConsumerRegistration> All => _consumers;

    public void Add(ConsumerRegistration registration)
    {
        if (_consumers.Any(c => c.Context == registration.Context && string.Equals(c.Name, registration.Name, StringComparison.Ordinal)))
        {
            throw new InvalidOperationException(
                $"A consumer named '{registration.Name}' is already registered on {registration.Context.DbContextType.Name}; give each consumer its own name.");
        }

        _consumers.Add(registration);
    }

    public IEnumerable<ConsumerRegistration> For(string eventName) =>
        _consumers.Where(c => string.Equals(c.EventName, eventName, StringComparison.Ordinal));
}
