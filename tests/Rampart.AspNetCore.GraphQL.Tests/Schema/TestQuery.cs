using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rampart.AspNetCore.Data;
using Rampart.AspNetCore.Errors;
using Rampart.AspNetCore.GraphQL.Errors;
using Rampart.AspNetCore.GraphQL.Pagination;

namespace Rampart.AspNetCore.GraphQL.Tests.Schema;

public sealed class TestQuery : ObjectGraphType
{
    public const string AdminsPolicy = "admins";
    public const string SecretLeak = "password=hunter2 host=db01";

    public TestQuery()
    {
        Field<StringGraphType>("ping").Resolve(_ => "pong");

        Field<StringGraphType>("widgetName")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(context => context.GetArgument<string>("id") == "1"
                ? "first"
                : throw new RampartExecutionError(Error.NotFound("widgets.not_found", "No widget has this id.")));

        Field<StringGraphType>("greeting")
            .Argument<StringGraphType>("name")
            .Resolve(context => Greet(context.GetArgument<string?>("name")).ValueOrThrow());

        Field<StringGraphType>("boom").Resolve(_ => throw new InvalidOperationException(SecretLeak));

        Field<StringGraphType>("stale").Resolve(_ => throw new DbUpdateConcurrencyException("the row changed"));

        Field<StringGraphType>("secret").AuthorizeWithPolicy(AdminsPolicy).Resolve(_ => "s3cret");

        Field<StringGraphType>("customerNote").AuthorizeWithRoles("customer").Resolve(_ => "hello customer");

        Field<ListGraphType<NodeType>>("tree").Resolve(_ => new[] { TreeNode.Root });

        Field<ListGraphType<ParentType>>("parents")
            .Argument<NonNullGraphType<IntGraphType>>("count")
            .Resolve(context => Family.Parents(context.GetArgument<int>("count")));

        Connection<WidgetType>("widgets")
            .ResolveAsync(async context =>
            {
                var request = context.ToPageRequest();
                var db = context.RequestServices!.GetRequiredService<WidgetDbContext>();
                var page = await db.Widgets.AsNoTracking().ToPageAsync(request, context.CancellationToken);
                return page.ToConnection(widget => widget);
            });
    }

    private static Result<string> Greet(string? name) => name is { Length: > 0 }
        ? $"hello {name}"
        : Error.Validation(ProblemCodes.ValidationFailed, "name", "name is required.");
}
