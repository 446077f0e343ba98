namespace Rampart.AspNetCore.Errors;

/// <summary>
/// Carries an <see cref="Errors.Error"/> out of a use case that does not return results. The edge turns it into
/// the same problem details as a returned error; it is an expected outcome, so it is not logged as a failure.
/// </summary>
public sealed class ErrorException : Exception
{
    /// <summary>Creates the exception for <paramref name="error"/>.</summary>
    public ErrorException(Error error)
        : base(error?.Detail)
    {
        ArgumentNullException.ThrowIfNull(error);
        Error = error;
    }

    /// <summary>Not for use: an <see cref="ErrorException"/> always carries an error.</summary>
    public ErrorException()
        : this(new Error("error.unexpected", ErrorKind.Unexpected, "An unexpected error occurred."))
    {
    }

    /// <summary>Not for use: an <see cref="ErrorException"/> always carries an error.</summary>
    public ErrorException(string message)
        : this(new Error("error.unexpected", ErrorKind.Unexpected, message))
    {
    }

    /// <summary>Not for use: an <see cref="ErrorException"/> always carries an error.</summary>
    public ErrorException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = new Error("error.unexpected", ErrorKind.Unexpected, message);
    }

    /// <summary>The error to render.</summary>
    public Error Error { get; }
}
