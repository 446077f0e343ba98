using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Rampart.AspNetCore.RequestId;

/// <summary>
/// After routing, adds the endpoint's module (see <see cref="ModuleMetadata"/>) to the request's log scope, so every
/// later line carries it, the access-log line included; without the request-id middleware, opens a scope of its own.
/// </summary>
internal sealed class ModuleScopeMiddleware(RequestDelegate next, ILogger<ModuleScopeMiddleware> logger)
{
    public const string ModuleKey = ModuleScope.ModuleKey;

    // One scope per module name (a handful per service): the scope carries nothing request-specific.
    private readonly ConcurrentDictionary<string, ModuleScope> _scopes = new(StringComparer.Ordinal);

    public async Task InvokeAsync(HttpContext context)
    {
        var module = context.GetEndpoint()?.Metadata.GetMetadata<ModuleMetadata>()?.Name;
        if (module is null)
        {
            await next(context);
            return;
        }

        if (context.Features.Get<RequestScope>() is { } request)
        {
            request.Module = module;
            RequestIdLog.ServingModule(logger, module);
            await next(context);
            return;
        }

        using (logger.BeginScope(_scopes.GetOrAdd(module, static name => new ModuleScope(name))))
        {
            RequestIdLog.ServingModule(logger, module);
            await next(context);
        }
    }
}
