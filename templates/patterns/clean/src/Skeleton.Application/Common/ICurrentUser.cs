namespace Skeleton.Application.Common;

/// <summary>Who is calling, as a use case needs to know it: the id and the roles (<see cref="Roles"/>).</summary>
public interface ICurrentUser
{
    /// <summary>The caller's user id; null when the caller is anonymous.</summary>
    Guid? Id { get; }

    bool IsInRole(string role);
}
