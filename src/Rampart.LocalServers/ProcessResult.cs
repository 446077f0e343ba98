namespace Rampart.LocalServers;

/// <summary>How a finished process ended.</summary>
internal sealed record ProcessResult(int ExitCode, string Output, string Error)
{
    public bool Succeeded => ExitCode == 0;

    public string Text => (Error + Output).Trim();
}
