using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Rampart.AspNetCore.FeatureFlags;

/// <summary>
/// A controller or action that exists only while <see cref="Feature"/> is on for the caller: otherwise it answers the
/// 404 an unknown address gets. On minimal API endpoints use <c>.RequireFeature(name)</c>, which adds this as metadata.
/// </summary>
/// <param name="feature">The flag's name in the <c>FeatureManagement</c> section.</param>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class RequireFeatureAttribute(string feature) : Attribute, IAsyncActionFilter
{
    /// <summary>The flag's name.</summary>
    public string Feature { get; } = feature;

    /// <inheritdoc />
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (!await FeatureGate.IsOnAsync(context.HttpContext, Feature))
        {
            context.Result = new NotFoundResult();
            return;
        }

        using var scope = FeatureGate.BeginScope(context.HttpContext, Feature);
        await next();
    }
}
