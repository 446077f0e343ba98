using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Rampart.Analyzers.Support;

/// <summary>Report locations that point at what a reader should look at.</summary>
internal static class Locations
{
    /// <summary>For <c>a.b.Name(args)</c>, the span <c>Name(args)</c>; otherwise the whole node.</summary>
    public static Location NameAndArguments(SyntaxNode syntax)
    {
        if (syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member } invocation)
        {
            return Location.Create(syntax.SyntaxTree, TextSpan.FromBounds(member.Name.SpanStart, invocation.Span.End));
        }

        return syntax.GetLocation();
    }
}
