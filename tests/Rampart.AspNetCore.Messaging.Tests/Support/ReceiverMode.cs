namespace Rampart.AspNetCore.Messaging.Tests.Support;

public enum ReceiverMode
{
    Accept,
    Down,
    Slow,
}
