using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Rampart.AspNetCore.RequestId;

/// <summary>After routing, adds the endpoint's module (see <see cref="ModuleMetadata"/>) to the log scope.</summary>
internal sealed class ModuleScopeMiddleware(RequestDelegate next, ILogger<ModuleScopeMiddleware> logger)
{
    public const string ModuleKey = "Module";

    public async Task InvokeAsync(HttpContext context)
    {
        var module = context.GetEndpoint()?.Metadata.GetMetadata<ModuleMetadata>()?.Name;
        if (module is null)
        {
            await next(context);
            return;
        }

        using (logger.BeginScope(new KeyValuePair<string, object?>[] { new(ModuleKey, module) }))
        {
            RequestIdLog.ServingModule(logger, module);
            await next(context);
        }
    }
}
