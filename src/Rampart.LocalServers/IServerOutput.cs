namespace Rampart.LocalServers;

/// <summary>Where the local servers (and <c>rampart dev</c>) report progress and stream the output of the processes they run.</summary>
public interface IServerOutput
{
    /// <summary>A progress line.</summary>
    void Info(string message);

    /// <summary>An output line from a process that was started (a server, the service).</summary>
    void Log(string source, string line);
}
