using System.Xml.Linq;

namespace Rampart.Scaffolding.Adding.Edits;

/// <summary>
/// Adds <c>&lt;ProjectReference Include="…" /&gt;</c> to a project file: after its last project reference (in that item
/// group), or in a new item group at the end when it has none. The path is relative to the project, with backslashes as
/// dotnet add reference writes it.
/// </summary>
internal sealed class AddProjectReference(string path, string reference) : XmlEdit
{
    public override string Path => path;

    public override string Description => $"references {System.IO.Path.GetFileName(reference.Replace('\\', '/'))}";

    protected override void Edit(XDocument document)
    {
        var project = document.Root;
        if (project?.Name.LocalName != "Project")
        {
            throw Refusal("its root element is not <Project>.", "Add the ProjectReference by hand (dotnet add reference).");
        }

        var references = project.Descendants().Where(e => e.Name.LocalName == "ProjectReference").ToList();
        if (references.Any(r => Same((string?)r.Attribute("Include"), reference)))
        {
            throw Refusal($"it references {reference} already.", "Choose another module name, or remove the existing module first.");
        }

        var element = new XElement(project.Name.Namespace + "ProjectReference", new XAttribute("Include", reference));
        if (references.Count > 0)
        {
            references[^1].AddAfterSelf(new XText("\n" + IndentBefore(references[^1])), element);
            return;
        }

        var group = new XElement(project.Name.Namespace + "ItemGroup");
        AppendIndented(project, group);
        AppendIndented(group, element);
    }

    private static bool Same(string? a, string b) => a is not null && string.Equals(a.Replace('\\', '/'), b.Replace('\\', '/'), StringComparison.OrdinalIgnoreCase);
}
