using System.Text.RegularExpressions;
using Rampart.Scaffolding.Templates;

namespace Rampart.Scaffolding.Adding;

/// <summary>
/// Renders a module's item templates (<c>templates/items/&lt;pattern&gt;/module</c>): real code for the sample module
/// <see cref="SampleName"/> of the service <c>Skeleton</c>, in which the sample's name becomes the module's in paths and
/// code (<c>Inventory</c> → <c>Billing</c>, as a whole word or the start of one: <c>InventoryModule</c> →
/// <c>BillingModule</c>), its schema (<c>inventory</c>) the module's (<c>billing</c>, <c>order_line</c>), and the
/// service's placeholder the service's name.
/// </summary>
internal sealed partial class ModuleTemplate(string service, Naming module)
{
    /// <summary>The sample module the item templates are written for.</summary>
    public const string SampleName = "Inventory";

    private readonly Placeholder _service = new("Skeleton", service);

    /// <summary>The module's schema (and the <c>module</c> field of its log lines): its name in snake case.</summary>
    public string Schema => module.Snake;

    /// <summary>The files of the item template in <paramref name="directory"/>, rendered: path relative to the solution → content.</summary>
    public IReadOnlyList<(string Path, string Content)> RenderAll(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new ScaffoldingException($"The item templates are missing ({Path.GetFileName(directory)}).", "Reinstall the rampart tool.", ScaffoldingErrorKind.Environment);
        }

        return [.. Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => (Render(Path.GetRelativePath(directory, path).Replace('\\', '/')), Render(File.ReadAllText(path))))];
    }

    /// <summary><paramref name="text"/> with the sample's names and the placeholder replaced.</summary>
    internal string Render(string text) =>
        _service.Replace(SchemaName().Replace(PascalName().Replace(text, module.Pascal), Schema));

    // Inventory, InventoryModule, InventoryDbContext, Skeleton.Modules.Inventory — never a longer word such as Inventoryish.
    [GeneratedRegex(@"(?<![A-Za-z0-9_])Inventory(?![a-z0-9_])", RegexOptions.CultureInvariant)]
    private static partial Regex PascalName();

    // The schema as a whole word: "inventory" in code and prose.
    [GeneratedRegex(@"(?<![A-Za-z0-9_])inventory(?![A-Za-z0-9_])", RegexOptions.CultureInvariant)]
    private static partial Regex SchemaName();
}
