namespace Rampart.AspNetCore.Identity;

/// <summary>The body of a successful token or refresh response.</summary>
/// <param name="AccessToken">The ES256 JWT to send as <c>Authorization: Bearer</c>.</param>
/// <param name="RefreshToken">The one-use token that buys the next pair.</param>
/// <param name="TokenType">Always <c>Bearer</c>.</param>
/// <param name="ExpiresIn">Seconds the access token lives.</param>
public sealed record TokenPair(string AccessToken, string RefreshToken, string TokenType, int ExpiresIn);
