namespace Skeleton.Core.Common;

/// <summary>What kind of failure a use case reports; the HTTP adapter maps each kind to one status code.</summary>
public enum ErrorKind
{
    /// <summary>The input breaks a rule.</summary>
    Validation,

    /// <summary>The thing does not exist, or the caller may not know it exists.</summary>
    NotFound,

    /// <summary>The request conflicts with the current state.</summary>
    Conflict,

    /// <summary>The caller's copy is stale (a version mismatch).</summary>
    PreconditionFailed,
}
