using System.Text.Json;

namespace Rampart.AspNetCore.Messaging;

/// <summary>How event payloads are written and read. Configure it with <c>services.Configure&lt;MessagingJsonOptions&gt;</c>.</summary>
public sealed class MessagingJsonOptions
{
    /// <summary>Serializer options for payloads. Defaults to web defaults (camelCase).</summary>
    public JsonSerializerOptions SerializerOptions { get; } = new(JsonSerializerDefaults.Web);
}
