using Microsoft.Build.Locator;

namespace Rampart.Audit.Workspace;

/// <summary>
/// Finds the .NET SDK whose MSBuild evaluates the audited projects and registers it with the locator, once per process
/// (ADR 0100). The audited folder is the working directory of the search, so its <c>global.json</c> picks the SDK the
/// way <c>dotnet build</c> there would. No MSBuild type may be touched before registration: the runtime binds MSBuild's
/// assemblies on first use, and the locator's resolver must be in place by then.
/// </summary>
internal static class MSBuildHost
{
    private static readonly Lock Gate = new();
    private static string? _registered;

    /// <summary>Registers an SDK when none is yet; gives its description ("MSBuild of .NET SDK 10.0.401"), or why none can be used.</summary>
    public static bool TryRegister(string root, out string description)
    {
        lock (Gate)
        {
            if (_registered is not null)
            {
                description = _registered;
                return true;
            }

            if (MSBuildLocator.IsRegistered)
            {
                // Another host in the process (a benchmark, a test runner) registered an MSBuild already; use it.
                description = _registered = "MSBuild registered by the host process";
                return true;
            }

            try
            {
                var instances = Query(root);
                var usable = Usable(instances);
                var note = string.Empty;
                if (usable is null)
                {
                    // The folder's global.json names an SDK that is not installed: any installed SDK evaluates older
                    // projects as well, and the description says which one was used.
                    instances = Query(Path.GetTempPath());
                    usable = Usable(instances);
                    note = " (the SDK the audited folder's global.json asks for is not installed)";
                }

                if (usable is null)
                {
                    description = instances.Count == 0
                        ? "no .NET SDK was found (dotnet is not on PATH, or the global.json of the audited folder names an SDK that is not installed)"
                        : $"the .NET SDKs found ({string.Join(", ", instances.Select(i => i.Version))}) are newer than the runtime the tool runs on (.NET {Environment.Version})";
                    return false;
                }

                MSBuildLocator.RegisterInstance(usable);
                description = _registered = $"MSBuild of .NET SDK {usable.Version}{note}";
                return true;
            }
            catch (Exception ex) when (ex is InvalidOperationException or IOException or System.ComponentModel.Win32Exception)
            {
                description = $"the .NET SDK could not be located: {ex.Message}";
                return false;
            }
        }
    }

    private static List<VisualStudioInstance> Query(string workingDirectory) =>
        [.. MSBuildLocator.QueryVisualStudioInstances(new VisualStudioInstanceQueryOptions
        {
            DiscoveryTypes = DiscoveryType.DotNetSdk,
            WorkingDirectory = workingDirectory,
        })];

    /// <summary>The newest SDK whose MSBuild this process can load: one newer than the tool's runtime cannot be.</summary>
    private static VisualStudioInstance? Usable(List<VisualStudioInstance> instances) =>
        instances.Where(i => i.Version.Major <= Environment.Version.Major).OrderByDescending(i => i.Version).FirstOrDefault();
}
