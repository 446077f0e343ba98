using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.Extensions.Options;

namespace Rampart.AspNetCore.Configuration;

/// <summary>
/// Validates an options object with its DataAnnotations, nested objects and dictionary values included, and
/// reports each failure as one line naming the configuration key and what is expected.
/// </summary>
/// <typeparam name="TOptions">The options type.</typeparam>
internal sealed class SettingsValidator<TOptions>(string? name, string sectionPath) : IValidateOptions<TOptions>
    where TOptions : class
{
    public ValidateOptionsResult Validate(string? name1, TOptions options)
    {
        if (name is not null && name != name1)
        {
            return ValidateOptionsResult.Skip;
        }

        var failures = new List<string>();
        Collect(options, sectionPath, failures, depth: 0);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Formats one failure the way every Rampart setting reports it.</summary>
    public static string Describe(string key, string expected) =>
        $"Setting '{key}' is missing or invalid: expected {expected.TrimEnd('.')}.";

    private static void Collect(object instance, string path, List<string> failures, int depth)
    {
        if (depth > 8)
        {
            return;
        }

        var results = new List<ValidationResult>();
        Validator.TryValidateObject(instance, new ValidationContext(instance), results, validateAllProperties: true);
        foreach (var result in results)
        {
            var members = result.MemberNames.Any() ? result.MemberNames : [string.Empty];
            foreach (var member in members)
            {
                var key = member.Length == 0 ? path : $"{path}:{member}";
                failures.Add(Describe(key, result.ErrorMessage ?? "a valid value"));
            }
        }

        foreach (var property in instance.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || IsLeaf(property.PropertyType))
            {
                continue;
            }

            var value = property.GetValue(instance);
            var childPath = $"{path}:{property.Name}";
            if (value is IDictionary dictionary)
            {
                foreach (DictionaryEntry entry in dictionary)
                {
                    if (entry.Value is { } item && !IsLeaf(item.GetType()))
                    {
                        Collect(item, $"{childPath}:{entry.Key}", failures, depth + 1);
                    }
                }
            }
            else if (value is not null and not IEnumerable)
            {
                Collect(value, childPath, failures, depth + 1);
            }
        }
    }

    private static bool IsLeaf(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(TimeSpan)
        || type == typeof(Uri) || type == typeof(DateTimeOffset) || type == typeof(DateTime) || type == typeof(Guid)
        || Nullable.GetUnderlyingType(type) is not null;
}
