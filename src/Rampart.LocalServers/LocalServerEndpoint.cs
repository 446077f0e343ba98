namespace Rampart.LocalServers;

/// <summary>A running local server: its port, its process id, and the settings that point the service at it.</summary>
/// <param name="Port">The loopback port.</param>
/// <param name="ProcessId">The server's process id (what is stopped on exit).</param>
/// <param name="ServiceSettings">Environment variables for the service, e.g. <c>ConnectionStrings__Database</c>.</param>
public sealed record LocalServerEndpoint(int Port, int ProcessId, IReadOnlyDictionary<string, string> ServiceSettings);
