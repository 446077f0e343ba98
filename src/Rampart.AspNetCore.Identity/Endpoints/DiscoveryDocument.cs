using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Rampart.AspNetCore.Identity;

/// <summary>
/// The OpenID Connect discovery document of a resource server that issues its own tokens: the issuer and where its
/// keys are, which is all another service's JWT bearer handler needs to trust our tokens through <c>Authority</c>.
/// It names no authorization or token endpoint: the token route takes e-mail and password as JSON, not an OAuth grant.
/// </summary>
internal static class DiscoveryDocument
{
    public const string Path = "/.well-known/openid-configuration";

    public static byte[] Create(HttpRequest request, string issuer)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("issuer", issuer);
            // Absolute, from the request as the forwarded-headers block sees it behind a trusted proxy.
            writer.WriteString("jwks_uri", $"{request.Scheme}://{request.Host}{request.PathBase}{IdentityEndpointRouteBuilderExtensions.JwksPath}");
            WriteArray(writer, "id_token_signing_alg_values_supported", Es256.Algorithm);
            WriteArray(writer, "subject_types_supported", "public");
            WriteArray(writer, "claims_supported", RampartClaimTypes.Subject, RampartClaimTypes.Email, RampartClaimTypes.Role, RampartClaimTypes.TokenId);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteArray(Utf8JsonWriter writer, string name, params string[] values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
