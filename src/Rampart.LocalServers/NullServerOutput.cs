namespace Rampart.LocalServers;

/// <summary>Discards every progress line.</summary>
public sealed class NullServerOutput : IServerOutput
{
    /// <summary>The one instance.</summary>
    public static readonly NullServerOutput Instance = new();

    private NullServerOutput()
    {
    }

    /// <inheritdoc />
    public void Info(string message)
    {
    }

    /// <inheritdoc />
    public void Log(string source, string line)
    {
    }
}
