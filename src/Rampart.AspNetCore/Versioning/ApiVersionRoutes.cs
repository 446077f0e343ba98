using Asp.Versioning;

namespace Rampart.AspNetCore.Versioning;

/// <summary>The shape of a versioned route and of the OpenAPI document name of each version.</summary>
public static class ApiVersionRoutes
{
    /// <summary>
    /// The prefix of every versioned route: <c>/api/v{version:apiVersion}</c>, so <c>/api/v1/products</c> and
    /// <c>/api/v2/products</c> are one route template served by version.
    /// </summary>
    public const string Prefix = "/api/v{version:apiVersion}";

    /// <summary>The API explorer's group name of a version, which is also its OpenAPI document name: <c>v1</c>, <c>v2</c>, <c>v2.1</c>.</summary>
    public const string GroupNameFormat = "'v'VVV";

    /// <summary>The version of an endpoint or controller that declares none: 1.</summary>
    public static ApiVersion DefaultVersion { get; } = new(1);

    /// <summary>The OpenAPI document name of <paramref name="version"/>, such as <c>v2</c>.</summary>
    public static string DocumentName(ApiVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return version.ToString(GroupNameFormat, System.Globalization.CultureInfo.InvariantCulture);
    }
}
