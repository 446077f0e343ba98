using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Rampart.Scaffolding.Adding.Edits;

/// <summary>
/// Maps a new slice in an area's mapping method (a vertical-slice feature's <c>Map&lt;Feature&gt;()</c>, a module's
/// <c>MapEndpoints</c>) on the area's route group of the slice's API version: <c>products.MapGetPrice();</c> after the
/// group's last line when the method has one (<c>var products = ….MapGroup(…)</c>, its version from
/// <c>HasApiVersion(n)</c>, 1 without), otherwise a new versioned group on the same path as the version-1 group (or
/// <c>/api/v{n}/&lt;segment&gt;</c> when there is none), tagged like the Shop's, before the method's <c>return</c>.
/// </summary>
internal sealed partial class AddSliceMapping(
    string path, string className, string? methodName, string mapMethod, int version, string segment, string tag, string sliceNamespace, IReadOnlyList<string> groupUsings) : SourceEdit
{
    // The area's module name: a feature's Name, a clean or hexagonal area's Module.
    private static readonly string[] ModuleNames = ["Name", "Module"];

    public override string Path => path;

    public override string Description => $"maps {mapMethod}() on the v{version} group in {className}";

    /// <summary>
    /// The path segment (<c>products</c>) of the group <paramref name="source"/>'s area maps version
    /// <paramref name="wanted"/> on, else of its version-1 group, else null (the group is new).
    /// </summary>
    public static string? GroupSegment(string source, string className, string? methodName, int wanted)
    {
        var method = FindMethod(CSharpSyntaxTree.ParseText(source).GetCompilationUnitRoot(), className, methodName);
        var groups = method?.Body is { } body ? Groups(body).ToList() : [];
        return (groups.FirstOrDefault(g => g.Version == wanted) ?? groups.FirstOrDefault(g => g.Version == 1))?.Segment;
    }

    protected override CompilationUnitSyntax Edit(CompilationUnitSyntax root)
    {
        var method = FindMethod(root, className, methodName);
        if (method?.Body is not { } body)
        {
            throw Refusal(
                $"there is no {className}.{methodName ?? "Map…(this IEndpointRouteBuilder …)"} with a body.",
                $"Keep the area's mapping method in {className}, or map {mapMethod}() by hand.");
        }

        if (body.DescendantNodes().OfType<InvocationExpressionSyntax>().Any(i => i.Expression is MemberAccessExpressionSyntax m && m.Name.Identifier.Text == mapMethod))
        {
            throw Refusal($"{className} calls {mapMethod}() already.", "Choose another use case name, or remove the existing mapping first.");
        }

        var endpoints = method.ParameterList.Parameters[0].Identifier.Text;
        var indent = body.Statements.FirstOrDefault() is { } first ? IndentOf(first) : IndentOf(method) + "    ";
        var group = Groups(body).FirstOrDefault(g => g.Version == version);
        BlockSyntax edited;
        var result = root;
        if (group is not null)
        {
            var anchor = body.Statements.LastOrDefault(s => s is ExpressionStatementSyntax e && Receiver(e.Expression) == group.Variable) ?? group.Declaration;
            edited = body.InsertNodesAfter(anchor, [SyntaxFactory.ParseStatement($"{indent}{group.Variable}.{mapMethod}();\n")]);
        }
        else
        {
            edited = WithNewGroup(body, endpoints, indent, method);
            result = groupUsings.Aggregate(result, WithUsing);
        }

        result = result.ReplaceNode(FindMethod(result, className, methodName)!.Body!, edited);

        // A slice in the area's own namespace (a clean or hexagonal endpoint beside its area's class) needs no using.
        var own = result.Members.OfType<BaseNamespaceDeclarationSyntax>().FirstOrDefault()?.Name.ToString();
        return own == sliceNamespace ? result : WithUsing(result, sliceNamespace);
    }

    private BlockSyntax WithNewGroup(BlockSyntax body, string endpoints, string indent, MethodDeclarationSyntax method)
    {
        var groups = Groups(body).ToList();
        var path = groups.FirstOrDefault(g => g.Version == 1)?.Segment ?? segment;
        var variable = Variable(path) + (version > 1 ? $"V{version}" : "");
        if (body.DescendantNodes().OfType<VariableDeclaratorSyntax>().Any(v => v.Identifier.Text == variable))
        {
            throw Refusal($"{className} has a local {variable} that is not a route group of version {version}.", $"Map {mapMethod}() by hand on the version {version} group.");
        }

        var versionedApi = body.Statements.OfType<LocalDeclarationStatementSyntax>()
            .Select(d => d.Declaration.Variables.Single())
            .FirstOrDefault(v => v.Initializer?.Value is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.Text: "NewVersionedApi" } })?.Identifier.Text;
        // One versioned API per area, so that every response of it reports all the versions the area serves.
        var lines = new List<string>();
        var declaresApi = versionedApi is null && !body.DescendantNodes().OfType<VariableDeclaratorSyntax>().Any(v => v.Identifier.Text == "api");
        if (declaresApi)
        {
            lines.Add($"var api = {endpoints}.NewVersionedApi(\"{tag}\");");
        }

        var api = versionedApi ?? (declaresApi ? "api" : $"{endpoints}.NewVersionedApi(\"{tag}\")");
        var moduleName = method.Parent is TypeDeclarationSyntax type
            ? ModuleNames.FirstOrDefault(n => type.Members.Any(m => (m is PropertyDeclarationSyntax p && p.Identifier.Text == n) || (m is FieldDeclarationSyntax f && f.Declaration.Variables.Any(v => v.Identifier.Text == n))))
            : null;
        lines.Add($"var {variable} = {api}.MapGroup($\"{{ApiVersionRoutes.Prefix}}/{path}\").HasApiVersion({version});");
        lines.Add($"{variable}.WithTags(\"{tag}\"){(moduleName is not null ? $".WithModule({moduleName})" : "")};");
        lines.Add($"{variable}.{mapMethod}();");
        var statements = lines.Select(line => SyntaxFactory.ParseStatement($"{indent}{line}\n")).ToList();
        if (body.Statements.Count == 0)
        {
            // Only comments in the body: they are the closing brace's trivia, and stay above the new lines.
            var comments = body.CloseBraceToken.LeadingTrivia.Reverse().SkipWhile(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).Reverse();
            statements[0] = statements[0].WithLeadingTrivia(SyntaxFactory.TriviaList(comments).Add(SyntaxFactory.Whitespace(indent)));
            return body.WithStatements(SyntaxFactory.List(statements)).WithCloseBraceToken(body.CloseBraceToken.WithLeadingTrivia(SyntaxFactory.Whitespace(IndentOf(method))));
        }

        statements[0] = statements[0].WithLeadingTrivia(statements[0].GetLeadingTrivia().Insert(0, SyntaxFactory.EndOfLine("\n")));
        if (body.Statements[^1] is ReturnStatementSyntax last)
        {
            statements[^1] = statements[^1].WithTrailingTrivia(SyntaxFactory.EndOfLine("\n"), SyntaxFactory.EndOfLine("\n"));
            return body.WithStatements(body.Statements.Replace(last, last.WithLeadingTrivia(SyntaxFactory.Whitespace(indent))).InsertRange(body.Statements.Count - 1, statements));
        }

        return body.WithStatements(body.Statements.AddRange(statements));
    }

    private static MethodDeclarationSyntax? FindMethod(CompilationUnitSyntax root, string className, string? methodName) =>
        root.DescendantNodes().OfType<ClassDeclarationSyntax>().FirstOrDefault(c => c.Identifier.Text == className)?
            .Members.OfType<MethodDeclarationSyntax>()
            .FirstOrDefault(m => m.ParameterList.Parameters.Count == 1
                && (methodName is null
                    ? m.Identifier.Text.StartsWith("Map", StringComparison.Ordinal) && m.ParameterList.Parameters[0].Modifiers.Any(SyntaxKind.ThisKeyword)
                    : m.Identifier.Text == methodName));

    // The route groups declared in the method: var x = ….MapGroup("…")[.HasApiVersion(n)]….
    private static IEnumerable<RouteGroup> Groups(BlockSyntax body)
    {
        foreach (var declaration in body.Statements.OfType<LocalDeclarationStatementSyntax>())
        {
            var variable = declaration.Declaration.Variables.FirstOrDefault();
            var mapGroup = variable?.Initializer?.Value.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>()
                .FirstOrDefault(i => i.Expression is MemberAccessExpressionSyntax { Name.Identifier.Text: "MapGroup" });
            if (variable is null || mapGroup is null || mapGroup.ArgumentList.Arguments.Count == 0)
            {
                continue;
            }

            var declared = variable.Initializer!.Value.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>()
                .FirstOrDefault(i => i.Expression is MemberAccessExpressionSyntax { Name.Identifier.Text: "HasApiVersion" })?.ArgumentList.Arguments.FirstOrDefault()?.Expression;
            var version = declared is LiteralExpressionSyntax { Token.Value: int number } ? number : declared is null ? 1 : 0;
            var route = mapGroup.ArgumentList.Arguments[0].Expression switch
            {
                LiteralExpressionSyntax literal => literal.Token.ValueText,
                InterpolatedStringExpressionSyntax interpolated => string.Concat(interpolated.Contents.OfType<InterpolatedStringTextSyntax>().Select(t => t.TextToken.ValueText)),
                _ => null,
            };
            if (route is not null)
            {
                yield return new RouteGroup(variable.Identifier.Text, version, VersionPrefix().Replace(route, "").Trim('/'), declaration);
            }
        }
    }

    // x.Map…() / x.WithTags(…).WithModule(…) → x
    private static string? Receiver(ExpressionSyntax expression)
    {
        var current = expression;
        while (current is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access })
        {
            current = access.Expression;
        }

        return current is IdentifierNameSyntax name ? name.Identifier.Text : null;
    }

    private static string Variable(string path)
    {
        var words = path.Split(['/', '-', '_', '.'], StringSplitOptions.RemoveEmptyEntries);
        var pascal = string.Concat(words.Where(w => !w.StartsWith('{')).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
        return pascal.Length == 0 ? "group" : char.ToLowerInvariant(pascal[0]) + pascal[1..];
    }

    [GeneratedRegex(@"^/?api/v\d+(?=/|$)", RegexOptions.CultureInvariant)]
    private static partial Regex VersionPrefix();

    private sealed record RouteGroup(string Variable, int Version, string Segment, LocalDeclarationStatementSyntax Declaration);
}
