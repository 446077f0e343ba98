using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Rampart.AspNetCore.Data.Concurrency;
using Rampart.AspNetCore.Data.Pagination;

namespace Rampart.AspNetCore.Data.OpenApi;

/// <summary>
/// Documents the parameters the data blocks bind themselves, which the framework cannot see into: a
/// <see cref="PageRequest"/> is the <c>limit</c> (1 to the configured maximum, the configured default) and <c>cursor</c>
/// query parameters, not one object; an <see cref="ExpectedVersion"/> is the <c>If-Match</c> header, which its
/// metadata documents, not a query value. Minimal-API endpoints and controller actions alike.
/// </summary>
internal sealed class DataParametersTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var parameters = HandlerOf(context)?.GetParameters() ?? [];
        var bound = parameters.Where(p => p.ParameterType == typeof(PageRequest) || p.ParameterType == typeof(ExpectedVersion)).ToList();
        if (bound.Count == 0)
        {
            return Task.CompletedTask;
        }

        operation.Parameters ??= [];
        foreach (var parameter in bound)
        {
            var listed = operation.Parameters.FirstOrDefault(p => p.In is ParameterLocation.Query && string.Equals(p.Name, parameter.Name, StringComparison.OrdinalIgnoreCase));
            if (listed is not null)
            {
                operation.Parameters.Remove(listed);
            }
        }

        if (bound.Any(p => p.ParameterType == typeof(PageRequest)))
        {
            var options = context.ApplicationServices.GetService<IOptions<CursorPaginationOptions>>()?.Value ?? new CursorPaginationOptions();
            AddQuery(operation, "limit", $"How many items a page holds, from 1 to {options.MaxLimit} (default {options.DefaultLimit}); outside that range 400 {PageRequest.InvalidLimitCode}.",
                new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1", Maximum = options.MaxLimit.ToString(System.Globalization.CultureInfo.InvariantCulture), Default = options.DefaultLimit },
                options.DefaultLimit);
            AddQuery(operation, "cursor", $"The page after the one whose nextCursor this is; absent for the first page. Opaque and signed: a changed or foreign cursor is 400 {PageRequest.InvalidCursorCode}.",
                new OpenApiSchema { Type = JsonSchemaType.String },
                "eyJpZCI6IjAxOTNiNWM0In0");
        }

        return Task.CompletedTask;
    }

    private static void AddQuery(OpenApiOperation operation, string name, string description, OpenApiSchema schema, JsonNode example)
    {
        if (operation.Parameters!.Any(p => p.In is ParameterLocation.Query && string.Equals(p.Name, name, StringComparison.Ordinal)))
        {
            return;
        }

        operation.Parameters!.Add(new OpenApiParameter { Name = name, In = ParameterLocation.Query, Description = description, Schema = schema, Example = example });
    }

    // The method that handles the request: the controller action, or the minimal-API handler (its MethodInfo is metadata).
    private static MethodInfo? HandlerOf(OpenApiOperationTransformerContext context) =>
        context.Description.ActionDescriptor is ControllerActionDescriptor action
            ? action.MethodInfo
            : context.Description.ActionDescriptor.EndpointMetadata.OfType<MethodInfo>().FirstOrDefault();
}
