using System.Collections.Immutable;

namespace Rampart.Audit.Workspace;

/// <summary>
/// The SDK's implicit global usings, for projects read without MSBuild (an evaluated project lists them as its own
/// <c>Using</c> items) and for loose files outside any project.
/// </summary>
internal static class SdkImplicitUsings
{
    private static readonly ImmutableArray<GlobalUsing> Sdk =
        [.. new[] { "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks" }
            .Select(n => new GlobalUsing(n))];

    private static readonly ImmutableArray<GlobalUsing> Web =
        [.. new[]
        {
            "System.Net.Http.Json", "Microsoft.AspNetCore.Builder", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Http",
            "Microsoft.AspNetCore.Routing", "Microsoft.Extensions.Configuration", "Microsoft.Extensions.DependencyInjection",
            "Microsoft.Extensions.Hosting", "Microsoft.Extensions.Logging",
        }.Select(n => new GlobalUsing(n))];

    public static ImmutableArray<GlobalUsing> For(bool isWebSdk) => isWebSdk ? Sdk.AddRange(Web) : Sdk;
}
