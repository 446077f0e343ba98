using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Rampart.Analyzers.Support;

namespace Rampart.Analyzers.Rules;

/// <summary>RMP1001: a slice-based project that still keeps horizontal layer folders at its top level.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class DoNotUseHorizontalLayerFoldersAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.DoNotUseHorizontalLayerFolders,
        "Do not mix horizontal layer folders into a slice-based project",
        "The top-level folder '{0}' groups code by technical layer, but the project is organised in slices ('{1}')",
        RuleCategories.Architecture,
        DiagnosticSeverity.Warning,
        "Move each file into the feature or module it serves (Features/Orders/PlaceOrder.cs); keep only cross-cutting code outside the slices.",
        compilationEnd: true);

    private static readonly string[] LayerFolders = ["Controllers", "Services", "Repositories"];
    private static readonly string[] SliceFolders = ["Features", "Modules", "Slices"];

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationAction(Analyze);
    }

    private static void Analyze(CompilationAnalysisContext context)
    {
        var trees = context.Compilation.SyntaxTrees.Where(t => t.FilePath.Length > 0).ToList();
        var root = ProjectPaths.ProjectDirectory(context.Options.AnalyzerConfigOptionsProvider, trees);
        if (root is null)
        {
            return;
        }

        var byTopFolder = trees
            .Select(t => (Tree: t, Top: ProjectPaths.TopFolder(root, t.FilePath)))
            .Where(x => x.Top is not null)
            .GroupBy(x => x.Top!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Tree).OrderBy(t => t.FilePath, StringComparer.Ordinal).ToList(), StringComparer.OrdinalIgnoreCase);

        var slice = SliceFolders.FirstOrDefault(byTopFolder.ContainsKey);
        if (slice is null)
        {
            return;
        }

        foreach (var layer in LayerFolders)
        {
            if (byTopFolder.TryGetValue(layer, out var files))
            {
                var first = files[0];
                context.ReportDiagnostic(Diagnostic.Create(Rule, FirstTypeName(first, context.CancellationToken), layer, slice));
            }
        }
    }

    private static Location FirstTypeName(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var type = tree.GetRoot(cancellationToken).DescendantNodes().OfType<BaseTypeDeclarationSyntax>().FirstOrDefault();
        return type is not null ? type.Identifier.GetLocation() : Location.Create(tree, new TextSpan(0, 0));
    }
}
