#if RAMPART_API_GRAPHQL
using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Rampart.AspNetCore.Errors;
using Rampart.AspNetCore.GraphQL.Errors;

namespace Skeleton.SharedKernel.GraphQL;

/// <summary>
/// The REST gate for GraphQL inputs: the request type's validation attributes run before the use case, and a broken
/// rule is the same <c>validation.failed</c> error with the same camelCase field names as the 400 problem.
/// </summary>
public static class InputValidation
{
    /// <summary>Returns <paramref name="input"/> when its attributes hold; otherwise throws the field errors.</summary>
    /// <exception cref="RampartExecutionError">A rule is broken; the field resolves to null with the error.</exception>
    public static T Validated<T>(T input)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(input);
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(input, new ValidationContext(input), results, validateAllProperties: true))
        {
            return input;
        }

        var fields = results
            .SelectMany(result => result.MemberNames.DefaultIfEmpty(string.Empty), (result, member) => (Field: JsonNamingPolicy.CamelCase.ConvertName(member), Message: result.ErrorMessage ?? "The value is not valid."))
            .GroupBy(error => error.Field, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Select(error => error.Message).ToArray(), StringComparer.Ordinal);
        throw new RampartExecutionError(Error.Validation(ProblemCodes.ValidationFailed, "One or more fields are invalid; see errors.", fields));
    }
}
#endif
