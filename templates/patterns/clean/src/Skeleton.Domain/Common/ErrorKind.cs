namespace Skeleton.Domain.Common;

/// <summary>What kind of "no" an <see cref="Error"/> is; the API turns each kind into one HTTP status.</summary>
public enum ErrorKind
{
    /// <summary>The input breaks a rule; the error names the fields.</summary>
    Validation,

    /// <summary>The caller may not do this.</summary>
    Forbidden,

    /// <summary>There is no such thing (or the caller may not know that there is).</summary>
    NotFound,

    /// <summary>The current state does not allow it (a taken sku, an order already cancelled).</summary>
    Conflict,

    /// <summary>The caller's copy is stale: it changed since it was read.</summary>
    PreconditionFailed,
}
