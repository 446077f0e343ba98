using System.Diagnostics;
using Rampart.AspNetCore.Data.Idempotency;

namespace Skeleton.Api.Platform;

/// <summary>
/// A fault point for crash tests, inert unless the <c>RAMPART_TEST_CRASH_AFTER_COMMIT</c> environment variable names a
/// request (<c>POST /api/v1/orders</c>): the process then kills itself right after that keyed request's work and stored
/// response commit, before the response is sent — the moment at which a crash must neither lose the work nor let a
/// retry do it twice. Never set it outside a test.
/// </summary>
internal static class CrashAfterCommitHook
{
    public const string Variable = "RAMPART_TEST_CRASH_AFTER_COMMIT";

    public static WebApplication UseCrashAfterCommitHook(this WebApplication app)
    {
        if (Environment.GetEnvironmentVariable(Variable) is not { Length: > 0 } target)
        {
            return app;
        }

        app.Use((context, next) =>
        {
            var request = context.Request;
            if (string.Equals($"{request.Method} {request.Path}", target, StringComparison.OrdinalIgnoreCase)
                && context.RequestServices.GetRequiredService<IRequestTransaction>() is { IsActive: true } transaction)
            {
                // SIGKILL, as a crash would: no shutdown, no response, no relay run.
                transaction.OnCommitted(() => Process.GetCurrentProcess().Kill());
            }

            return next(context);
        });
        return app;
    }
}
