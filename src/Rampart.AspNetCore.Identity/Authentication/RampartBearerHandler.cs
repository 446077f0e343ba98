using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Rampart.AspNetCore.Errors;

namespace Rampart.AspNetCore.Identity;

/// <summary>
/// The bearer scheme: validates Rampart access tokens, and answers 401 and 403 as problem details with the RFC 6750
/// <c>WWW-Authenticate</c> challenge, so <c>[Authorize]</c>, <c>RequireAuthorization</c> and policies work unchanged.
/// </summary>
internal sealed class RampartBearerHandler(
    IOptionsMonitor<RampartBearerOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    ValidatedTokenCache validator,
    IProblemDetailsService problemDetails)
    : AuthenticationHandler<RampartBearerOptions>(options, loggerFactory, encoder)
{
    private const string BearerPrefix = "Bearer ";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = ReadToken();
        if (token is null)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var validation = validator.Validate(token);
        if (!validation.Succeeded)
        {
            IdentityLog.AccessTokenRejected(Logger, validation.Failure!);
            return Task.FromResult(AuthenticateResult.Fail(validation.Failure!));
        }

        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(validation.Principal!, Scheme.Name)));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers[HeaderNames.WWWAuthenticate] = result.Failure is null ? "Bearer" : "Bearer error=\"invalid_token\"";
        await WriteProblemAsync(result.Failure is null
            ? IdentityErrors.Unauthenticated
            : IdentityErrors.InvalidAccessToken);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return WriteProblemAsync(IdentityErrors.Forbidden);
    }

    private string? ReadToken()
    {
        string authorization = Request.Headers.Authorization.ToString();
        if (authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return authorization[BearerPrefix.Length..].Trim();
        }

        if (authorization.Length == 0 && Options.QueryTokenPaths.Any(p => Request.Path.StartsWithSegments(p))
            && Request.Query["access_token"].ToString() is { Length: > 0 } queryToken)
        {
            return queryToken;
        }

        return null;
    }

    private async Task WriteProblemAsync(Error error)
    {
        if (Response.HasStarted)
        {
            return;
        }

        await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = ErrorProblemDetails.Create(error),
        });
    }
}
