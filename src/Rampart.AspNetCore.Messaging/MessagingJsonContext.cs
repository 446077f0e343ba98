using System.Text.Json.Serialization;

namespace Rampart.AspNetCore.Messaging;

/// <summary>Source-generated JSON for the library's own shapes (headers).</summary>
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class MessagingJsonContext : JsonSerializerContext;
