namespace Rampart.LocalServers;

/// <summary>A local server could not be found, installed, started or stopped: the message names the problem, <see cref="Fix"/> says what to do.</summary>
public sealed class LocalServerException : Exception
{
    /// <summary>Creates the exception.</summary>
    public LocalServerException(string message, string fix, Exception? innerException = null)
        : base(message, innerException)
    {
        Fix = fix;
    }

    /// <summary>Creates the exception (prefer the constructor with a fix).</summary>
    public LocalServerException()
        : this("A local server failed.", "See the message above.")
    {
    }

    /// <summary>Creates the exception (prefer the constructor with a fix).</summary>
    public LocalServerException(string message)
        : this(message, "See the message above.")
    {
    }

    /// <summary>Creates the exception (prefer the constructor with a fix).</summary>
    public LocalServerException(string message, Exception innerException)
        : this(message, "See the message above.", innerException)
    {
    }

    /// <summary>What the user should do about it.</summary>
    public string Fix { get; }

    /// <summary>The problem and its fix on one line, for a test run's failure or a log.</summary>
    public string OneLine => $"{Message} {Fix}";
}
