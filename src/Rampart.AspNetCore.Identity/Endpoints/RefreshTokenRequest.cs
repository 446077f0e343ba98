namespace Rampart.AspNetCore.Identity;

/// <summary>The body of <c>refresh</c> and <c>logout</c>.</summary>
/// <param name="RefreshToken">The refresh token from the last token or refresh response.</param>
public sealed record RefreshTokenRequest(string? RefreshToken);
