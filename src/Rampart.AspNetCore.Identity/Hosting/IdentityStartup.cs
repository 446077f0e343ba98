using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Rampart.AspNetCore.Identity;

/// <summary>
/// At start, when the service issues its own tokens: loads the signing keys, prepares the dummy password
/// hash, and ensures the configured first administrator exists and has the admin role. Register the application's
/// migrator before identity so the tables exist by then.
/// </summary>
internal sealed class IdentityStartup(
    IServiceScopeFactory scopes,
    IServiceProvider provider,
    PasswordService passwords,
    IOptions<RampartIdentityOptions> options,
    ILogger<IdentityStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.IssueTokens)
        {
            return;
        }

        // The ring loads on first use; here, so its Development key exists before the first request.
        _ = provider.GetRequiredService<SigningKeyRing>().Active;
        passwords.Warm();
        if (settings.SeedAdminOnStart && settings.AdminEmail is { Length: > 0 } email && settings.AdminPassword is { Length: > 0 } password)
        {
            await using var scope = scopes.CreateAsyncScope();
            await EnsureAdminAsync(scope.ServiceProvider, email, password, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task EnsureAdminAsync(IServiceProvider services, string email, string password, CancellationToken cancellationToken)
    {
        var store = services.GetRequiredService<IIdentityStore>();
        var existing = await store.FindUserByEmailAsync(EmailAddress.Normalize(email), cancellationToken);
        if (existing is null)
        {
            var created = await services.GetRequiredService<IdentityService>()
                .RegisterAsync(email, password, [RampartRoles.Customer, RampartRoles.Admin], cancellationToken);
            if (created.IsSuccess)
            {
                IdentityLog.AdminCreated(logger, created.Value.Id);
                return;
            }

            // Another instance created it at the same moment; make sure it is an admin below.
            existing = await store.FindUserByEmailAsync(EmailAddress.Normalize(email), cancellationToken)
                ?? throw new InvalidOperationException($"Could not create the administrator from {RampartIdentityOptions.SectionName}:AdminEmail: {created.Error?.Detail}");
        }

        if (!existing.Roles.Contains(RampartRoles.Admin))
        {
            await store.UpdateUserAsync(existing.Id, existing.PasswordHash, [.. existing.Roles, RampartRoles.Admin], cancellationToken);
            IdentityLog.AdminRoleGranted(logger, existing.Id);
        }
    }
}
