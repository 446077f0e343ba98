namespace Rampart.Scaffolding;

/// <summary>A failure the user can act on: the message names the problem, <see cref="Fix"/> says what to do.</summary>
public sealed class ScaffoldingException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ScaffoldingException(string message, string fix, ScaffoldingErrorKind kind = ScaffoldingErrorKind.InvalidInput, Exception? innerException = null)
        : base(message, innerException)
    {
        Fix = fix;
        Kind = kind;
    }

    /// <summary>Creates the exception (prefer the constructor with a fix).</summary>
    public ScaffoldingException()
        : this("Scaffolding failed.", "See the message above.")
    {
    }

    /// <summary>Creates the exception (prefer the constructor with a fix).</summary>
    public ScaffoldingException(string message)
        : this(message, "See the message above.")
    {
    }

    /// <summary>Creates the exception (prefer the constructor with a fix).</summary>
    public ScaffoldingException(string message, Exception innerException)
        : this(message, "See the message above.", ScaffoldingErrorKind.Environment, innerException)
    {
    }

    /// <summary>What the user should do about it.</summary>
    public string Fix { get; }

    /// <summary>Whether the input or the environment is at fault.</summary>
    public ScaffoldingErrorKind Kind { get; }
}
