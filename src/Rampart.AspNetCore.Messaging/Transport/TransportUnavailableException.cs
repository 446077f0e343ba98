namespace Rampart.AspNetCore.Messaging.Transport;

/// <summary>
/// The transport (broker or consumer database) cannot be reached. Not the message's fault: the relay keeps the
/// message pending without counting an attempt, and tries again later.
/// </summary>
internal sealed class TransportUnavailableException : Exception
{
    public TransportUnavailableException()
    {
    }

    public TransportUnavailableException(string message)
        : base(message)
    {
    }

    public TransportUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
