using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Rampart.Scaffolding.Adding.Edits;

/// <summary>
/// Adds <c>public DbSet&lt;TEntity&gt; Plural =&gt; Set&lt;TEntity&gt;();</c> to the DbContext class (after its last
/// DbSet; without one after the constants the class starts with, or first), the entity's namespace to the usings, and — when <c>OnModelCreating</c> does not apply
/// the assembly's entity configurations yet — <c>modelBuilder.ApplyConfigurationsFromAssembly(…)</c> before the
/// conventions (which must see every entity).
/// </summary>
internal sealed class AddDbSet(string path, string contextName, string entity, string property, string entityNamespace) : SourceEdit
{
    public override string Path => path;

    public override string Description => $"adds the set {property} to {contextName}";

    protected override CompilationUnitSyntax Edit(CompilationUnitSyntax root)
    {
        var context = root.DescendantNodes().OfType<ClassDeclarationSyntax>().FirstOrDefault(c => c.Identifier.Text == contextName)
            ?? throw Refusal($"there is no class {contextName}.", $"Keep the service's DbContext named {contextName} in this file, or add the DbSet by hand.");
        if (context.Members.Any(m => MemberName(m) == property))
        {
            throw Refusal($"{contextName} has a member named {property} already.", "Choose another resource name, or remove the existing member first.");
        }

        var sets = context.Members.OfType<PropertyDeclarationSyntax>().Where(p => p.Type is GenericNameSyntax { Identifier.Text: "DbSet" }).ToList();
        // After the last set; without one, after the constants the class starts with (a module's Schema), or first.
        var anchor = (MemberDeclarationSyntax?)sets.LastOrDefault() ?? context.Members.TakeWhile(m => m is FieldDeclarationSyntax).LastOrDefault();
        var indent = anchor is not null ? IndentOf(anchor) : context.Members.FirstOrDefault() is { } first ? IndentOf(first) : "    ";
        var member = SyntaxFactory.ParseMemberDeclaration($"{indent}public DbSet<{entity}> {property} => Set<{entity}>();\n")!;
        ClassDeclarationSyntax edited;
        if (anchor is not null)
        {
            edited = context.InsertNodesAfter(anchor, [member.WithLeadingTrivia(SyntaxFactory.EndOfLine("\n"), SyntaxFactory.Whitespace(indent))]);
        }
        else
        {
            edited = context.WithMembers(context.Members.Insert(0, member.WithTrailingTrivia(SyntaxFactory.EndOfLine("\n"), SyntaxFactory.EndOfLine("\n"))));
        }

        edited = EnsureConfigurationsApplied(edited);
        return WithUsing(root.ReplaceNode(context, edited), entityNamespace);
    }

    private ClassDeclarationSyntax EnsureConfigurationsApplied(ClassDeclarationSyntax context)
    {
        var onModelCreating = context.Members.OfType<MethodDeclarationSyntax>().FirstOrDefault(m => m.Identifier.Text == "OnModelCreating");
        if (onModelCreating?.Body is not { } body || onModelCreating.ParameterList.Parameters.Count != 1)
        {
            throw Refusal($"{contextName} has no OnModelCreating(ModelBuilder) with a body.", "Add OnModelCreating with modelBuilder.ApplyConfigurationsFromAssembly(typeof(" + contextName + ").Assembly), or map the entity by hand.");
        }

        if (body.DescendantNodes().OfType<InvocationExpressionSyntax>().Any(i => i.Expression is MemberAccessExpressionSyntax { Name.Identifier.Text: "ApplyConfigurationsFromAssembly" }))
        {
            return context;
        }

        var builder = onModelCreating.ParameterList.Parameters[0].Identifier.Text;
        var conventions = body.Statements.FirstOrDefault(s => s.DescendantNodes().OfType<MemberAccessExpressionSyntax>().Any(m => m.Name.Identifier.Text == "ApplyRampartConventions"));
        var indent = body.Statements.FirstOrDefault() is { } firstStatement ? IndentOf(firstStatement) : IndentOf(onModelCreating) + "    ";
        var statement = SyntaxFactory.ParseStatement($"{indent}{builder}.ApplyConfigurationsFromAssembly(typeof({contextName}).Assembly);\n");
        var newBody = conventions is not null
            ? body.InsertNodesBefore(conventions, [statement])
            : body.WithStatements(body.Statements.Add(statement));
        return context.ReplaceNode(body, newBody);
    }

    private static string? MemberName(MemberDeclarationSyntax member) => member switch
    {
        PropertyDeclarationSyntax p => p.Identifier.Text,
        MethodDeclarationSyntax m => m.Identifier.Text,
        FieldDeclarationSyntax f => f.Declaration.Variables.FirstOrDefault()?.Identifier.Text,
        _ => null,
    };
}
