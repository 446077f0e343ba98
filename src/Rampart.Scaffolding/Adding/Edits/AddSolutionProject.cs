using System.Xml.Linq;

namespace Rampart.Scaffolding.Adding.Edits;

/// <summary>
/// Adds <c>&lt;Project Path="…" /&gt;</c> to a <c>.slnx</c> solution, in the solution folder <paramref name="folder"/>
/// (e.g. <c>/src/Modules/</c>), after its last project; the folder is added at the end when the solution has none.
/// </summary>
internal sealed class AddSolutionProject(string path, string folder, string project) : XmlEdit
{
    public override string Path => path;

    public override string Description => $"adds {System.IO.Path.GetFileName(project)} to the solution";

    protected override void Edit(XDocument document)
    {
        var solution = document.Root;
        if (solution?.Name.LocalName != "Solution")
        {
            throw Refusal("its root element is not <Solution>.", "Add the project by hand (dotnet sln add).");
        }

        if (solution.Descendants("Project").Any(p => string.Equals(((string?)p.Attribute("Path"))?.Replace('\\', '/'), project, StringComparison.OrdinalIgnoreCase)))
        {
            throw Refusal($"it has {project} already.", "Choose another module name, or remove the existing module first.");
        }

        var target = solution.Elements("Folder").FirstOrDefault(f => (string?)f.Attribute("Name") == folder);
        if (target is null)
        {
            target = new XElement("Folder", new XAttribute("Name", folder));
            AppendIndented(solution, target);
        }

        AppendIndented(target, new XElement("Project", new XAttribute("Path", project)));
    }
}
