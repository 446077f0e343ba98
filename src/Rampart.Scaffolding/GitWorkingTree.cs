using Rampart.LocalServers;

namespace Rampart.Scaffolding;

/// <summary>What git says about a generated solution's working tree: verbs that change files refuse to mix their change with the user's.</summary>
public static class GitWorkingTree
{
    /// <summary>
    /// The files git reports as changed or untracked in <paramref name="solutionDirectory"/> (relative paths), or null when
    /// the folder is not in a git working tree (or git is not installed): nothing then tells a command's change apart from the
    /// user's own edits.
    /// </summary>
    public static async Task<IReadOnlyList<string>?> UncommittedChangesAsync(string solutionDirectory, CancellationToken cancellationToken)
    {
        ProcessResult status;
        try
        {
            status = await ProcessRunner.RunAsync("git", ["status", "--porcelain", "--untracked-files=all", "--", "."], cancellationToken, workingDirectory: solutionDirectory);
        }
        catch (LocalServerException)
        {
            return null;
        }

        return status.Succeeded
            ? [.. status.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line[3..].Trim())]
            : null;
    }
}
