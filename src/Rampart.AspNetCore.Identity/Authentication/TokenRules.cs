namespace Rampart.AspNetCore.Identity;

/// <summary>What Rampart requires of a token beyond the framework's validation, per scheme.</summary>
/// <param name="UserIdClaim">The claim holding the user's UUID; it becomes the principal's <c>sub</c>.</param>
/// <param name="RoleClaim">For the external authority: the claim (or path into a JSON claim) holding roles; null for our own tokens.</param>
/// <param name="MaximumLifetime">For our own tokens: no token may outlive the lifetime we issue (plus skew); null for the external authority.</param>
/// <param name="CacheCapacity">How many validated tokens are remembered until they expire; 0 turns the cache off.</param>
internal sealed record TokenRules(string UserIdClaim, string? RoleClaim, TimeSpan? MaximumLifetime, int CacheCapacity);
