namespace Rampart.AspNetCore.Messaging.Tests.Support;

/// <summary>A row a consumer writes per handled message: counting them shows whether an effect happened twice.</summary>
public sealed class TestEffect
{
    public long Id { get; set; }

    public Guid MessageId { get; set; }

    public string Consumer { get; set; } = "";

    public Guid OrderId { get; set; }

    public int Step { get; set; }
}
