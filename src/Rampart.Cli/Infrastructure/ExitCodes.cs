namespace Rampart.Cli.Infrastructure;

/// <summary>Process exit codes of every verb; documented in docs/cli.md.</summary>
public static class ExitCodes
{
    /// <summary>The verb did what was asked.</summary>
    public const int Success = 0;

    /// <summary>The verb ran and found problems (for example audit findings above the threshold, or failing tests).</summary>
    public const int Findings = 1;

    /// <summary>The command line was wrong: unknown verb or option, bad value, missing argument.</summary>
    public const int Usage = 2;

    /// <summary>The input was understood but cannot be acted on: a path that cannot be read or written, a non-empty target folder.</summary>
    public const int InvalidInput = 3;

    /// <summary>Something the verb needs is missing or failed: a tool, a service, a build.</summary>
    public const int Environment = 4;

    /// <summary>
    /// The audit could not see every project as the build does (packages not restored, types that do not resolve, a
    /// project MSBuild cannot evaluate): findings may be missing. Takes precedence over <see cref="Findings"/>.
    /// </summary>
    public const int Incomplete = 5;

    /// <summary>Stopped by Ctrl-C.</summary>
    public const int Cancelled = 130;
}
