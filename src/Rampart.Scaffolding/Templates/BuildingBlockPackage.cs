using System.Text.RegularExpressions;

namespace Rampart.Scaffolding.Templates;

/// <summary>A building block's package file name split into id and version: <c>Rampart.AspNetCore.Data.0.1.0-dev.abc.nupkg</c>.</summary>
/// <param name="Id">The package id, for example <c>Rampart.AspNetCore.Data</c>.</param>
/// <param name="Version">The version, for example <c>0.1.0-dev.abc</c>.</param>
public sealed partial record BuildingBlockPackage(string Id, string Version)
{
    /// <summary>The file name of this package.</summary>
    public string FileName => $"{Id}.{Version}.nupkg";

    /// <summary>Parses a <c>.nupkg</c> file name, or returns null when it is not one of the building blocks (or Rampart.LocalServers, shipped with them).</summary>
    public static BuildingBlockPackage? Parse(string fileName)
    {
        var match = PackageFileName().Match(fileName);
        return match.Success ? new BuildingBlockPackage(match.Groups["id"].Value, match.Groups["version"].Value) : null;
    }

    // Ids never have a segment starting with a digit, so the first ".<digit>" segment starts the version.
    [GeneratedRegex(@"^(?<id>Rampart\.(?:AspNetCore(?:\.[A-Za-z][A-Za-z0-9]*)*|LocalServers))\.(?<version>\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\.nupkg$", RegexOptions.CultureInvariant)]
    private static partial Regex PackageFileName();
}
