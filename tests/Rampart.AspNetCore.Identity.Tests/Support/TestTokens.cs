using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Rampart.AspNetCore.Identity.Tests;

/// <summary>Builds and takes apart compact JWS tokens the way an attacker or another issuer would.</summary>
public static class TestTokens
{
    public static JsonObject Header(string keyId, string alg = "ES256") => new() { ["alg"] = alg, ["typ"] = "JWT", ["kid"] = keyId };

    public static JsonObject Claims(Guid userId, DateTimeOffset now, string issuer = IdentityTestHost.Issuer, string audience = IdentityTestHost.Audience) => new()
    {
        ["iss"] = issuer,
        ["aud"] = audience,
        ["sub"] = userId.ToString(),
        ["email"] = "forged@shop.test",
        ["role"] = new JsonArray("customer", "admin"),
        ["iat"] = now.ToUnixTimeSeconds(),
        ["nbf"] = now.ToUnixTimeSeconds(),
        ["exp"] = now.AddMinutes(5).ToUnixTimeSeconds(),
    };

    public static string SignEs256(JsonObject header, JsonObject payload, ECDsa key)
    {
        var input = Encode(header) + "." + Encode(payload);
        return input + "." + Base64Url.EncodeToString(key.SignData(Encoding.ASCII.GetBytes(input), HashAlgorithmName.SHA256));
    }

    public static string SignHs256(JsonObject header, JsonObject payload, byte[] secret)
    {
        var input = Encode(header) + "." + Encode(payload);
        return input + "." + Base64Url.EncodeToString(HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes(input)));
    }

    public static string WithoutSignature(JsonObject header, JsonObject payload) => Encode(header) + "." + Encode(payload) + ".";

    public static string Encode(JsonNode node) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(node.ToJsonString()));

    public static JsonElement DecodePart(string token, int index)
    {
        using var document = JsonDocument.Parse(Base64Url.DecodeFromChars(token.Split('.')[index]));
        return document.RootElement.Clone();
    }
}
