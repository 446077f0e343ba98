namespace Rampart.AspNetCore.Messaging;

/// <summary>
/// Names an integration event type on the wire (for example <c>orders.order_placed</c>). The name is the
/// contract between services; without the attribute the CLR type name is used, so renaming the class would
/// break consumers.
/// </summary>
/// <param name="name">The stable event type name.</param>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
public sealed class IntegrationEventAttribute(string name) : Attribute
{
    /// <summary>The stable event type name.</summary>
    public string Name { get; } = name;
}
