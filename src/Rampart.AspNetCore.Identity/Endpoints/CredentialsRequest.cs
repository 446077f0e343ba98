namespace Rampart.AspNetCore.Identity;

/// <summary>The body of <c>register</c> and <c>token</c>.</summary>
/// <param name="Email">The account's e-mail.</param>
/// <param name="Password">The account's password.</param>
public sealed record CredentialsRequest(string? Email, string? Password);
