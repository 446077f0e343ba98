using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;
using Rampart.AspNetCore.Errors;

namespace Rampart.AspNetCore.Identity;

/// <summary>
/// What Rampart adds to the framework's JWT bearer handler: the access token from the query on hub paths, and 401 and
/// 403 answered as problem details with the RFC 6750 challenge (no error description: it would tell a forger which
/// check failed).
/// </summary>
internal sealed class RampartBearerEvents(IList<string> queryTokenPaths, ILogger logger) : JwtBearerEvents
{
    public override Task MessageReceived(MessageReceivedContext context)
    {
        if (context.Request.Headers.Authorization.Count == 0)
        {
            context.Token = BearerTokens.FromQuery(context.Request, queryTokenPaths);
        }

        return Task.CompletedTask;
    }

    public override Task AuthenticationFailed(AuthenticationFailedContext context)
    {
        IdentityLog.AccessTokenRejected(logger, context.Scheme.Name, context.Exception.Message);
        return Task.CompletedTask;
    }

    public override Task Challenge(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        var response = context.Response;
        if (response.HasStarted)
        {
            return Task.CompletedTask;
        }

        var invalid = context.AuthenticateFailure is not null;
        response.StatusCode = StatusCodes.Status401Unauthorized;
        response.Headers[HeaderNames.WWWAuthenticate] = invalid ? "Bearer error=\"invalid_token\"" : "Bearer";
        return WriteAsync(context.HttpContext, invalid ? IdentityErrors.InvalidAccessToken : IdentityErrors.Unauthenticated);
    }

    public override Task Forbidden(ForbiddenContext context)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return context.Response.HasStarted ? Task.CompletedTask : WriteAsync(context.HttpContext, IdentityErrors.Forbidden);
    }

    private static async Task WriteAsync(HttpContext context, Error error) =>
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = ErrorProblemDetails.Create(error),
        });
}
