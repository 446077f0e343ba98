using Microsoft.AspNetCore.Mvc;

namespace Rampart.AspNetCore.Mvc;

/// <summary>
/// The controller form of <c>.ProducesProblem(status)</c>: declares that an action can answer
/// <paramref name="statusCode"/> with an <c>application/problem+json</c> problem, so the OpenAPI document lists it.
/// </summary>
/// <example><c>[HttpGet("{id:guid}"), ProducesProblem(StatusCodes.Status404NotFound)]</c></example>
/// <param name="statusCode">The status of the problem.</param>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
public sealed class ProducesProblemAttribute(int statusCode)
    : ProducesResponseTypeAttribute(typeof(ProblemDetails), statusCode, "application/problem+json");
