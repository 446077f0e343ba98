namespace Rampart.Scaffolding.Dev;

/// <summary>Where <see cref="DevSession"/> reports progress and streams the service's logs (the CLI's console; a list in tests).</summary>
public interface IDevOutput
{
    /// <summary>A progress line from the orchestrator.</summary>
    void Info(string message);

    /// <summary>A log line from a process the orchestrator runs.</summary>
    void Log(string source, string line);
}
