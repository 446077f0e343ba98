using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;
using Rampart.Scaffolding;
using Rampart.Scaffolding.Templates;

namespace Rampart.Cli.Infrastructure;

/// <summary><c>rampart --version</c>: the tool's version, and the building blocks' version it generates and upgrades to.</summary>
internal sealed class VersionAction(CliContext context) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        context.Out.WriteLine($"rampart {ToolVersion}");
        try
        {
            context.Out.WriteLine($"building blocks {BuildingBlockFeed.Load(TemplateCatalog.Installed.PackageFeedDirectory).Version}");
        }
        catch (ScaffoldingException ex)
        {
            context.Out.WriteLine($"building blocks: missing ({ex.Message})");
        }

        return ExitCodes.Success;
    }

    /// <summary>The tool's version with the commit it was built from, shortened: <c>0.1.0 (d53a23eab615)</c>.</summary>
    public static string ToolVersion
    {
        get
        {
            var informational = typeof(VersionAction).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
            var parts = informational.Split('+', 2);
            return parts.Length == 2 ? $"{parts[0]} ({parts[1][..Math.Min(12, parts[1].Length)]})" : parts[0];
        }
    }
}
