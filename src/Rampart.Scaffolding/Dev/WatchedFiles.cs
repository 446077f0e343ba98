namespace Rampart.Scaffolding.Dev;

/// <summary>
/// The files under a solution's <c>src</c> whose change rebuilds and restarts the service in <c>rampart dev --watch</c>:
/// C# sources, project files and <c>appsettings*.json</c>, never anything under <c>bin</c>, <c>obj</c> or a hidden
/// folder, nor an editor's backup, swap or lock file (<c>Program.cs~</c>, <c>.Program.cs.swp</c>, <c>.#Program.cs</c>).
/// </summary>
internal static class WatchedFiles
{
    /// <summary>The folder watched, relative to the solution.</summary>
    public const string Folder = "src";

    /// <summary>Whether a change of <paramref name="relativePath"/> (relative to <see cref="Folder"/>) is followed.</summary>
    public static bool IsWatched(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        var segments = relativePath.Split(['/', '\\'], StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0 || segments.Any(segment => segment is "bin" or "obj" || segment.StartsWith('.')))
        {
            return false;
        }

        var name = segments[^1];
        return name.EndsWith(".cs", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase)
            || (name.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".json", StringComparison.OrdinalIgnoreCase));
    }
}
