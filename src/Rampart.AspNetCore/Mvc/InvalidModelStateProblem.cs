using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Rampart.AspNetCore.Errors;

namespace Rampart.AspNetCore.Mvc;

/// <summary>
/// The problem for a controller request whose model state is invalid, in the shape the minimal-API gate gives: a body
/// the strict reader refused names the field and says why in the same words (the reader's own message, which names
/// .NET types, is never passed on); rule and binding failures keep their field keys and messages.
/// </summary>
internal static class InvalidModelStateProblem
{
    public const string BodyDetail = "The request body is not valid JSON for this endpoint.";
    public const string EmptyBodyDetail = "The request body is empty; send a JSON object.";

    public static IActionResult Create(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var json = JsonErrors(context);
        if (json.Count > 0)
        {
            return Answer(Validation(json, BodyDetail));
        }

        var fields = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (key, entry) in context.ModelState)
        {
            if (entry.Errors.Count > 0)
            {
                fields[key] = Messages(entry);
            }
        }

        if (fields.Count == 1 && fields.TryGetValue(string.Empty, out var only) && only is [RampartMvcOptionsSetup.MissingBody])
        {
            return Answer(new ProblemDetails { Status = StatusCodes.Status400BadRequest, Detail = EmptyBodyDetail });
        }

        var problem = new HttpValidationProblemDetails(fields.ToDictionary(
            kv => kv.Key.Length == 0 ? JsonErrorTranslator.BodyField : kv.Key, kv => kv.Value, StringComparer.Ordinal));
        return Answer(Validation(problem));
    }

    private static Dictionary<string, string[]> JsonErrors(ActionContext context)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        Type? bodyType = null;
        JsonSerializerOptions? options = null;
        foreach (var entry in context.ModelState.Values)
        {
            foreach (var error in entry.Errors)
            {
                if (FindJsonException(error.Exception) is not { } exception)
                {
                    continue;
                }

                bodyType ??= context.ActionDescriptor.Parameters
                    .FirstOrDefault(p => p.BindingInfo?.BindingSource == BindingSource.Body)?.ParameterType;
                options ??= context.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.JsonSerializerOptions;
                var (field, message) = JsonErrorTranslator.Translate(exception, bodyType, options);
                errors[field] = [message];
            }
        }

        return errors;
    }

    // A [BindRequired] value that does not convert is reported by MVC as invalid and as missing; it was sent, so the
    // minimal-API binder's one message (invalid) is the true one.
    private static string[] Messages(ModelStateEntry entry)
    {
        var messages = entry.Errors
            .Select(error => string.IsNullOrEmpty(error.ErrorMessage) ? RampartMvcOptionsSetup.InvalidValue : error.ErrorMessage)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (messages.Contains(RampartMvcOptionsSetup.InvalidValue))
        {
            messages.Remove(RampartMvcOptionsSetup.MissingValue);
        }

        return [.. messages];
    }

    private static HttpValidationProblemDetails Validation(Dictionary<string, string[]> errors, string detail) =>
        Validation(new HttpValidationProblemDetails(errors) { Detail = detail });

    private static HttpValidationProblemDetails Validation(HttpValidationProblemDetails problem)
    {
        problem.Status = StatusCodes.Status400BadRequest;
        problem.Extensions[ErrorProblemDetails.CodeExtension] = ProblemCodes.ValidationFailed;
        return problem;
    }

    private static HttpResultActionResult Answer(ProblemDetails problem) => new(TypedResults.Problem(problem));

    private static JsonException? FindJsonException(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is JsonException json)
            {
                return json;
            }
        }

        return null;
    }
}
