using Rampart.AspNetCore.Data.Concurrency;

namespace Rampart.AspNetCore.Data;

/// <summary>
/// The controller form of <c>.RequireIfMatch(conflictCode)</c>: the action needs <c>If-Match: "&lt;version&gt;"</c>
/// (428 without it, 400 when malformed, 412 for a weak tag) and a stale version, whether found by the action or by the
/// database, is 412 with <see cref="ConflictCode"/>. Take the version as an <see cref="ExpectedVersion"/> parameter.
/// </summary>
/// <param name="conflictCode">Error code of the 412, for example <c>catalog.version_conflict</c>.</param>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = true, AllowMultiple = false)]
public sealed class RequireIfMatchAttribute(string conflictCode = ExpectedVersion.DefaultConflictCode) : Attribute
{
    /// <summary>Error code of the 412.</summary>
    public string ConflictCode { get; } = conflictCode;
}
