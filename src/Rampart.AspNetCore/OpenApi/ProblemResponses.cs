using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Rampart.AspNetCore.OpenApi;

/// <summary>Adds a problem response to an operation unless the endpoint declared that status itself.</summary>
internal static class ProblemResponses
{
    public const string MediaType = "application/problem+json";

    public static OpenApiResponse? Add(OpenApiResponses responses, int status, string description, IOpenApiSchema schema, JsonNode? example = null)
    {
        var key = status.ToString(CultureInfo.InvariantCulture);
        if (responses.ContainsKey(key))
        {
            return null;
        }

        var response = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
            {
                [MediaType] = new() { Schema = schema, Example = example },
            },
        };
        responses[key] = response;
        return response;
    }
}
