using System.ComponentModel.DataAnnotations;

namespace Rampart.AspNetCore.Redis;

/// <summary>The Redis server, from <c>ConnectionStrings:Redis</c>: validated at start so a missing one stops the host with its name.</summary>
internal sealed class RedisConnectionSettings
{
    [Required(ErrorMessage = "a StackExchange.Redis configuration such as localhost:6379")]
    public string? Redis { get; set; }
}
