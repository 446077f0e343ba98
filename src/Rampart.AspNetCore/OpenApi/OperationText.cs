using Microsoft.OpenApi;

namespace Rampart.AspNetCore.OpenApi;

/// <summary>
/// The lines the transformers add to an operation's description (<c>**Access:** …</c>, <c>**Rate limit:** …</c>), so
/// the docs page says in words what the document's structure says to tools.
/// </summary>
internal static class OperationText
{
    public static void AppendLine(OpenApiOperation operation, string label, string text)
    {
        var line = $"**{label}:** {text}";
        operation.Description = string.IsNullOrWhiteSpace(operation.Description) ? line : $"{operation.Description}\n\n{line}";
    }
}
