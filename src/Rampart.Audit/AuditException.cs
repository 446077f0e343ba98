namespace Rampart.Audit;

/// <summary>
/// An input the audit cannot use: a path that cannot be read, a malformed baseline or configuration file.
/// The message names the problem, <see cref="Fix"/> says what to do.
/// </summary>
public sealed class AuditException : Exception
{
    /// <summary>Creates the exception.</summary>
    public AuditException(string message, string fix)
        : base(message)
    {
        Fix = fix;
    }

    /// <summary>Creates the exception (for serializers; prefer the other constructors).</summary>
    public AuditException()
        : this("The audit input cannot be used.", "Check the path and the files it names.")
    {
    }

    /// <summary>Creates the exception (for serializers; prefer the other constructors).</summary>
    public AuditException(string message)
        : this(message, "Check the path and the files it names.")
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public AuditException(string message, Exception innerException)
        : base(message, innerException)
    {
        Fix = "Check the path and the files it names.";
    }

    /// <summary>Creates the exception with its cause and a fix.</summary>
    public AuditException(string message, string fix, Exception innerException)
        : base(message, innerException)
    {
        Fix = fix;
    }

    /// <summary>What the user should do about it.</summary>
    public string Fix { get; }
}
