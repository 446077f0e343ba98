using Microsoft.Extensions.Logging;

namespace Rampart.AspNetCore.Identity;

/// <summary>Every log event of the identity building block, with stable event ids (4000–4099).</summary>
internal static partial class IdentityLog
{
    [LoggerMessage(EventId = 4001, EventName = "RefreshTokenReuse", Level = LogLevel.Warning,
        Message = "Security: a spent refresh token was presented again for user {UserId}; family {FamilyId} revoked ({Revoked} tokens).")]
    public static partial void RefreshTokenReuse(ILogger logger, Guid userId, Guid familyId, int revoked);

    [LoggerMessage(EventId = 4002, EventName = "LoginLocked", Level = LogLevel.Warning,
        Message = "Security: login throttled after {Failures} failures; locked for {LockSeconds} s.")]
    public static partial void LoginLocked(ILogger logger, int failures, double lockSeconds);

    [LoggerMessage(EventId = 4003, EventName = "DevelopmentSigningKey", Level = LogLevel.Warning,
        Message = "Using the Development signing key kept in {Path} (kid {KeyId}). Configure Identity:SigningKeys outside Development.")]
    public static partial void DevelopmentSigningKey(ILogger logger, string path, string keyId);

    [LoggerMessage(EventId = 4004, EventName = "AdminCreated", Level = LogLevel.Information,
        Message = "Created the first administrator {UserId} from configuration.")]
    public static partial void AdminCreated(ILogger logger, Guid userId);

    [LoggerMessage(EventId = 4005, EventName = "AdminRoleGranted", Level = LogLevel.Information,
        Message = "Granted the admin role to the configured administrator {UserId}.")]
    public static partial void AdminRoleGranted(ILogger logger, Guid userId);

    [LoggerMessage(EventId = 4006, EventName = "CleanupCompleted", Level = LogLevel.Debug,
        Message = "Identity cleanup deleted {RefreshTokens} expired refresh tokens and {Throttles} stale login counters.")]
    public static partial void CleanupCompleted(ILogger logger, int refreshTokens, int throttles);

    [LoggerMessage(EventId = 4007, EventName = "CleanupFailed", Level = LogLevel.Error,
        Message = "Identity cleanup failed; it runs again at the next interval.")]
    public static partial void CleanupFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4008, EventName = "AccessTokenRejected", Level = LogLevel.Debug,
        Message = "Access token rejected by {Scheme}: {Reason}")]
    public static partial void AccessTokenRejected(ILogger logger, string scheme, string reason);

    [LoggerMessage(EventId = 4009, EventName = "RevokedRefreshTokenPresented", Level = LogLevel.Information,
        Message = "A refresh token of revoked family {FamilyId} was presented.")]
    public static partial void RevokedRefreshTokenPresented(ILogger logger, Guid familyId);
}
