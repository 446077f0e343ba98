namespace Rampart.LocalServers;

/// <summary>Where a system program was found, or why the setting that names it is wrong.</summary>
/// <param name="Path">The program (or, for PostgreSQL, its bin folder); null when not found.</param>
/// <param name="Problem">A setting points somewhere wrong; null when the program is simply missing.</param>
/// <param name="Fix">What to do about <paramref name="Problem"/>.</param>
internal sealed record ProgramLocation(string? Path, string? Problem = null, string? Fix = null)
{
    public static readonly ProgramLocation Missing = new(Path: null);
}
