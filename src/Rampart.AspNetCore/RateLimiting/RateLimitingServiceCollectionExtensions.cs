using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Rampart.AspNetCore.RateLimiting;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Rampart's limits on the framework's rate limiter.</summary>
public static class RateLimitingServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="RampartRateLimitingOptions"/> from <c>Rampart:RateLimiting</c> and sets the framework rate
    /// limiter's global limiter to a <see cref="PartitionedRateLimiter{TResource}"/>: per user (with the most
    /// generous matching role rule) when authenticated, per client IP when anonymous. Rejections answer 429 problem
    /// details with <c>Retry-After</c>. Exempt an endpoint with <c>.DisableRateLimiting()</c>. Pair with
    /// <c>app.UseRampartRateLimiting()</c> between authentication and authorization.
    /// </summary>
    public static IServiceCollection AddRampartRateLimiting(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddRampartOptions<RampartRateLimitingOptions>(RampartRateLimitingOptions.SectionName);
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RampartRateLimitingOptions>>((limiter, rampart) =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = RateLimitRejection.OnRejectedAsync;
            var partitioner = new CallerPartitioner(rampart.Value);
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, CallerPartitionKey>(partitioner.Partition);
        });
        return services;
    }
}
