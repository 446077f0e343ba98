namespace Rampart.AspNetCore.Redis.RateLimiting;

/// <summary>A partition's requests in its current window and the time left until the window ends.</summary>
internal readonly record struct WindowCount(long Count, TimeSpan Remaining);
