using System.Collections.Concurrent;
using Rampart.LocalServers;

namespace Rampart.Scaffolding.Tests.Dev;

/// <summary>Keeps what the orchestrator reports, for assertions.</summary>
internal sealed class RecordingDevOutput : IServerOutput
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public void Info(string message) => Lines.Enqueue(message);

    public void Log(string source, string line) => Lines.Enqueue($"{source} | {line}");
}
