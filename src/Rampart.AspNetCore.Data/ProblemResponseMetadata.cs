using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Rampart.AspNetCore.Data;

/// <summary>Declares the problem responses a building block adds to an endpoint, so the OpenAPI document lists them.</summary>
internal static class ProblemResponseMetadata
{
    private static readonly string[] ProblemJson = ["application/problem+json"];

    public static TBuilder WithProblems<TBuilder>(this TBuilder builder, params int[] statusCodes)
        where TBuilder : IEndpointConventionBuilder
    {
        foreach (var status in statusCodes)
        {
            builder.WithMetadata(new ProducesResponseTypeMetadata(status, typeof(ProblemDetails), ProblemJson));
        }

        return builder;
    }
}
