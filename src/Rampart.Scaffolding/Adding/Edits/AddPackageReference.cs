using System.Xml.Linq;

namespace Rampart.Scaffolding.Adding.Edits;

/// <summary>
/// Adds <c>&lt;PackageReference Include="…" /&gt;</c> (no version: the solution's central package management has it)
/// to a project file, after its last package reference, or in a new item group before its project references when it
/// has none.
/// </summary>
internal sealed class AddPackageReference(string path, string package) : XmlEdit
{
    public override string Path => path;

    public override string Description => $"references the package {package}";

    protected override void Edit(XDocument document)
    {
        var project = document.Root;
        if (project?.Name.LocalName != "Project")
        {
            throw Refusal("its root element is not <Project>.", $"Add <PackageReference Include=\"{package}\" /> by hand.");
        }

        var references = project.Descendants().Where(e => e.Name.LocalName == "PackageReference").ToList();
        if (references.Any(r => string.Equals((string?)r.Attribute("Include"), package, StringComparison.OrdinalIgnoreCase)))
        {
            throw Refusal($"it references {package} already.", "Nothing to add: remove the reference first to have it added again.");
        }

        var element = new XElement(project.Name.Namespace + "PackageReference", new XAttribute("Include", package));
        if (references.Count > 0)
        {
            references[^1].AddAfterSelf(new XText("\n" + IndentBefore(references[^1])), element);
            return;
        }

        var group = new XElement(project.Name.Namespace + "ItemGroup");
        var projectReferences = project.Elements().FirstOrDefault(e => e.Elements().Any(c => c.Name.LocalName == "ProjectReference"));
        if (projectReferences is null)
        {
            AppendIndented(project, group);
            AppendIndented(group, element);
            return;
        }

        var indent = IndentBefore(projectReferences);
        projectReferences.AddBeforeSelf(group, new XText("\n" + indent));
        AppendIndented(group, element);
    }
}
