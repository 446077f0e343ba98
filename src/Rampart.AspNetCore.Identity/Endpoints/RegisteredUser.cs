namespace Rampart.AspNetCore.Identity;

/// <summary>The body of a successful registration.</summary>
/// <param name="Id">The new user's UUIDv7 id.</param>
/// <param name="Email">The e-mail as registered.</param>
public sealed record RegisteredUser(Guid Id, string Email);
