using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Rampart.AspNetCore.GraphQL.Limits;

/// <summary>Refuses <c>__schema</c> and <c>__type</c> unless introspection is on (Development, or configured).</summary>
internal sealed class IntrospectionGate(IOptions<RampartGraphQLOptions> options, IHostEnvironment environment) : ValidationRuleBase
{
    public bool Allowed { get; } = options.Value.Introspection ?? environment.IsDevelopment();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        Allowed ? default : NoIntrospectionValidationRule.Instance.GetPreNodeVisitorAsync(context);
}
