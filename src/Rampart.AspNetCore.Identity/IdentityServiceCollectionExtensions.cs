using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Rampart.AspNetCore.Identity;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the identity building block.</summary>
public static class IdentityServiceCollectionExtensions
{
    /// <summary>
    /// Adds registration, ES256 access tokens issued with IdentityModel, refresh-token rotation, the <c>Bearer</c>
    /// authentication scheme (the default scheme: the framework's JWT bearer handler for our tokens and, with
    /// <c>Identity:Authority</c>, for an external OpenID Connect provider's), the <see cref="RampartPolicies"/>, <see cref="ICurrentUser"/>, login throttling and the cleanup
    /// worker. Options bind from the <c>Identity</c> section, then <paramref name="configure"/> runs; both are validated
    /// at start. Data lives in <typeparamref name="TContext"/>, whose model must call <c>modelBuilder.AddRampartIdentity()</c>.
    /// </summary>
    public static IServiceCollection AddRampartIdentity<TContext>(this IServiceCollection services, Action<RampartIdentityOptions>? configure = null)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<RampartIdentityOptions>()
            .BindConfiguration(RampartIdentityOptions.SectionName)
            .Configure(options => configure?.Invoke(options))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RampartIdentityOptions>, RampartIdentityOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SigningKeyRing>();
        services.TryAddSingleton<AccessTokenIssuer>();
        services.TryAddSingleton<PasswordService>();
        services.TryAddScoped<IIdentityStore, EfIdentityStore<TContext>>();
        services.TryAddScoped<LoginThrottle>();
        services.TryAddScoped<IdentityService>();
        services.TryAddScoped<IdentityCleanup>();
        services.AddHttpContextAccessor();
        services.TryAddScoped<ICurrentUser>(provider => new CurrentUser(provider.GetRequiredService<IHttpContextAccessor>()));

        services.AddProblemDetails();
        services.AddAuthentication(RampartAuthenticationDefaults.Scheme)
            .AddPolicyScheme(RampartAuthenticationDefaults.Scheme, displayName: null, _ => { })
            .AddJwtBearer(RampartAuthenticationDefaults.LocalScheme, _ => { })
            .AddJwtBearer(RampartAuthenticationDefaults.ExternalScheme, _ => { });
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<JwtBearerOptions>, BearerOptionsSetup>());
        services.AddOptions<PolicySchemeOptions>(RampartAuthenticationDefaults.Scheme)
            .Configure<IOptions<RampartIdentityOptions>>((policy, identity) =>
                policy.ForwardDefaultSelector = context => BearerSchemeSelector.Select(context, identity.Value));
        services.AddAuthorizationBuilder()
            .AddPolicy(RampartPolicies.Admin, policy => policy.RequireAuthenticatedUser().RequireRole(RampartRoles.Admin))
            .AddPolicy(RampartPolicies.Customer, policy => policy.RequireAuthenticatedUser().RequireRole(RampartRoles.Customer));

        services.AddHostedService<IdentityStartup>();
        services.AddHostedService<IdentityCleanupWorker>();
        return services;
    }
}
