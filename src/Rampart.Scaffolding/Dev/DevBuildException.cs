namespace Rampart.Scaffolding.Dev;

/// <summary>The service did not build; <see cref="Errors"/> are the compiler's and MSBuild's error lines, each once.</summary>
public sealed class DevBuildException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DevBuildException(IReadOnlyList<string> errors)
        : base("The service does not build:" + Environment.NewLine + string.Join(Environment.NewLine, errors))
    {
        Errors = errors;
    }

    /// <summary>Creates the exception (prefer the constructor with the errors).</summary>
    public DevBuildException()
        : this([])
    {
    }

    /// <summary>Creates the exception (prefer the constructor with the errors).</summary>
    public DevBuildException(string message)
        : this([message])
    {
    }

    /// <summary>Creates the exception (prefer the constructor with the errors).</summary>
    public DevBuildException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [message];
    }

    /// <summary>The error lines.</summary>
    public IReadOnlyList<string> Errors { get; }
}
