namespace Rampart.AspNetCore.Identity;

/// <summary>A signed access token and how many seconds it lives.</summary>
internal sealed record AccessToken(string Value, int ExpiresIn);
