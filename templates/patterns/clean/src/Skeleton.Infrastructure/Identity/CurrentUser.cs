using Skeleton.Application.Common;

namespace Skeleton.Infrastructure.Identity;

/// <summary>The application's <see cref="ICurrentUser"/> port, answered by the identity block from the request's access token.</summary>
internal sealed class CurrentUser(Rampart.AspNetCore.Identity.ICurrentUser caller) : ICurrentUser
{
    public Guid? Id => caller.Id;

    public bool IsInRole(string role) => caller.IsInRole(role);
}
