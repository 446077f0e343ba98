using Microsoft.AspNetCore.Http;
using Rampart.AspNetCore.Envelopes;
using Rampart.AspNetCore.Errors;

namespace Rampart.AspNetCore.Identity;

/// <summary>The handlers of the auth routes; thin: parse, call <see cref="IdentityService"/>, shape the answer.</summary>
internal static class IdentityEndpoints
{
    public static async Task<IResult> RegisterAsync(CredentialsRequest request, IdentityService identity, CancellationToken cancellationToken)
    {
        var registered = await identity.RegisterAsync(request.Email, request.Password, [RampartRoles.Customer], cancellationToken);
        return registered.ToHttpResult(user =>
            TypedResults.Json(new DataEnvelope<RegisteredUser>(new RegisteredUser(user.Id, user.Email)), statusCode: StatusCodes.Status201Created));
    }

    public static async Task<IResult> TokenAsync(CredentialsRequest request, IdentityService identity, HttpContext context, CancellationToken cancellationToken)
    {
        var ip = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return Answer(await identity.SignInAsync(request.Email, request.Password, ip, cancellationToken), context);
    }

    public static async Task<IResult> RefreshAsync(RefreshTokenRequest request, IdentityService identity, HttpContext context, CancellationToken cancellationToken) =>
        Answer(await identity.RefreshAsync(request.RefreshToken, cancellationToken), context);

    public static async Task<IResult> LogoutAsync(RefreshTokenRequest request, IdentityService identity, ICurrentUser caller, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(request.RefreshToken))
        {
            return Error.Validation("identity.refresh_token_required", "refreshToken", "Send the refresh token to revoke.").ToProblemResult();
        }

        await identity.SignOutAsync(caller.RequireId(), request.RefreshToken, cancellationToken);
        return TypedResults.NoContent();
    }

    private static IResult Answer(Result<TokenPair> outcome, HttpContext context) => outcome.ToHttpResult(pair =>
    {
        // Tokens must not be cached by browsers or proxies (RFC 6749 §5.1).
        context.Response.Headers.CacheControl = "no-store";
        return Envelope.Ok(pair);
    });
}
