namespace Rampart.Cli.Infrastructure;

/// <summary>
/// A failure the user can act on: the message names the problem, <see cref="Fix"/> says what to do.
/// Thrown by verbs before they write anything, so nothing is left half-done.
/// </summary>
public sealed class CliException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CliException(string message, string? fix = null, int exitCode = ExitCodes.InvalidInput)
        : base(message)
    {
        Fix = fix;
        ExitCode = exitCode;
    }

    /// <summary>Creates the exception (for serializers and analyzers; prefer the other constructor).</summary>
    public CliException()
        : this("The command failed.")
    {
    }

    /// <summary>Creates the exception (for serializers and analyzers; prefer the other constructor).</summary>
    public CliException(string message, Exception innerException)
        : base(message, innerException)
    {
        ExitCode = ExitCodes.InvalidInput;
    }

    /// <summary>What the user should do about it.</summary>
    public string? Fix { get; }

    /// <summary>The exit code to end with.</summary>
    public int ExitCode { get; }
}
