using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rampart.Bench.Baseline;

/// <summary>Source-generated JSON for every body the baseline reads or writes, camelCase like the Shop.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(DataEnvelope<ProductResponse>))]
[JsonSerializable(typeof(PageEnvelope<ProductResponse>))]
[JsonSerializable(typeof(DataEnvelope<OrderResponse>))]
[JsonSerializable(typeof(CreateProductRequest))]
[JsonSerializable(typeof(PlaceOrderRequest))]
internal sealed partial class BaselineJsonContext : JsonSerializerContext;
