using Rampart.Scaffolding.Templates;

namespace Rampart.Scaffolding.Tests.Generation;

/// <summary>A small template and package feed in a temp folder, plus a work folder to generate into.</summary>
internal sealed class TemplateFixture : IDisposable
{
    private readonly TemporaryDirectory _root = new();

    public TemplateFixture()
    {
        var template = "templates/patterns/modular-monolith/";
        _root.Write(template + "template.json", """
            {
              "name": "modular-monolith",
              "description": "test",
              "placeholder": "Skeleton",
              "symbols": {
                "RAMPART_BROKER_RABBITMQ": { "option": "broker", "value": "rabbitmq" },
                "RAMPART_EXAMPLE_SHOP": { "option": "example", "value": "shop" },
                "RAMPART_TEMPLATE_SOURCE_BUILD": { "option": "template-source-build", "value": "never" }
              },
              "conditionalFiles": [
                { "glob": "src/*/Rabbit*.cs", "symbol": "RAMPART_BROKER_RABBITMQ" },
                { "glob": "src/Modules/Catalog/**", "symbol": "RAMPART_EXAMPLE_SHOP" },
                { "glob": "tests/CleanOnly.cs", "symbol": "!RAMPART_EXAMPLE_SHOP" }
              ],
              "exclude": [ "template.json", "**/bin/**" ]
            }
            """);
        _root.Write(template + "rampart.json", """{ "pattern": "modular-monolith", "host": "src/Skeleton.Host/Skeleton.Host.csproj", "database": "skeleton", "broker": "inprocess" }""");
        _root.Write(template + "src/Skeleton.Host/Program.cs", "namespace Skeleton.Host;\n#if RAMPART_BROKER_RABBITMQ\n// rabbit\n#endif\n#if DEBUG\n// debug\n#endif\n");
        _root.Write(template + "src/Skeleton.Host/RabbitHealth.cs", "namespace Skeleton.Host;\n");
        _root.Write(template + "src/Skeleton.Host/bin/stale.dll", "stale");
        _root.Write(template + "docker-compose.yml", "POSTGRES_DB: skeleton\n");
        _root.Write(template + "src/Modules/Catalog/Skeleton.Modules.Catalog/CatalogModule.cs", "namespace Skeleton.Modules.Catalog;\n");
        _root.Write(template + "tests/CleanOnly.cs", "// skeleton only\n");
        _root.Write(template + "Directory.Packages.props", "<Project>\n  <RampartVersion>0.1.0</RampartVersion>\n<!--#if RAMPART_EXAMPLE_SHOP-->\n  <Shop />\n<!--#endif-->\n</Project>\n");
        _root.Write(template + "Directory.Build.targets", "<Project>\n<!--#if RAMPART_TEMPLATE_SOURCE_BUILD-->\n  <SourceBuild />\n<!--#endif-->\n</Project>\n");
        _root.Write("feed/Rampart.AspNetCore.0.1.0.nupkg", "package");
        Directory.CreateDirectory(_root.Combine("work"));
        Catalog = new TemplateCatalog(_root.Combine("templates"), _root.Combine("feed"));
    }

    public TemplateCatalog Catalog { get; }

    public string TemplateDirectory => _root.Combine("templates", "patterns", "modular-monolith");

    public string Work => _root.Combine("work");

    public string WorkPath(params string[] parts) => Path.Combine([Work, .. parts]);

    public void WriteTemplateFile(string relativePath, string content) => _root.Write("templates/patterns/modular-monolith/" + relativePath, content);

    public void Dispose() => _root.Dispose();
}
