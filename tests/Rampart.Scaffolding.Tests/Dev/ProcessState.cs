namespace Rampart.Scaffolding.Tests.Dev;

/// <summary>Whether a process runs, read from /proc so that an exited-but-unreaped (zombie) process counts as gone.</summary>
internal static class ProcessState
{
    public static bool IsRunning(int pid)
    {
        var stat = $"/proc/{pid}/stat";
        if (!File.Exists(stat))
        {
            return false;
        }

        var text = File.ReadAllText(stat);
        return text[(text.LastIndexOf(')') + 2)..][0] is not ('Z' or 'X');
    }
}
