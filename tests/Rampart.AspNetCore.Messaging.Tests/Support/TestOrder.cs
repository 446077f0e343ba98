namespace Rampart.AspNetCore.Messaging.Tests.Support;

public sealed class TestOrder
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string Number { get; set; } = "";
}
