using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Rampart.AspNetCore.Data.Concurrency;
using Rampart.AspNetCore.Data.Idempotency;

namespace Rampart.AspNetCore.Data.Mvc;

/// <summary>
/// Turns the data blocks' controller attributes into the very endpoint metadata the minimal-API conventions add, so
/// one middleware and one binder serve both, and lists the problems they answer in the OpenAPI document.
/// </summary>
internal sealed class DataActionConvention : IApplicationModelConvention
{
    private static readonly int[] KeyProblems =
        [StatusCodes.Status400BadRequest, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity];

    private static readonly int[] IfMatchProblems =
        [StatusCodes.Status400BadRequest, StatusCodes.Status412PreconditionFailed, StatusCodes.Status428PreconditionRequired];

    public void Apply(ApplicationModel application)
    {
        foreach (var action in application.Controllers.SelectMany(controller => controller.Actions))
        {
            Apply(action);
        }
    }

    private static void Apply(ActionModel action)
    {
        var metadata = new List<object>();
        var problems = new SortedSet<int>();
        if (Find<RequireIdempotencyKeyAttribute>(action) is not null)
        {
            metadata.Add(new IdempotencyMetadata(Required: true));
            problems.UnionWith(KeyProblems);
        }
        else if (Find<IdempotentAttribute>(action) is not null)
        {
            metadata.Add(new IdempotencyMetadata(Required: false));
            problems.UnionWith(KeyProblems);
        }

        if (Find<RequireIfMatchAttribute>(action) is { } ifMatch)
        {
            metadata.Add(new IfMatchMetadata(ifMatch.ConflictCode));
            action.Filters.Add(new IfMatchActionFilter());
            problems.UnionWith(IfMatchProblems);
        }

        foreach (var selector in action.Selectors)
        {
            foreach (var item in metadata)
            {
                selector.EndpointMetadata.Add(item);
            }
        }

        foreach (var status in problems)
        {
            action.Filters.Add(new ProducesResponseTypeAttribute(typeof(ProblemDetails), status, "application/problem+json"));
        }
    }

    // The action's own attribute wins over its controller's.
    private static T? Find<T>(ActionModel action)
        where T : Attribute =>
        action.Attributes.OfType<T>().FirstOrDefault() ?? action.Controller?.Attributes.OfType<T>().FirstOrDefault();
}
