using Microsoft.IdentityModel.Tokens;

namespace Rampart.AspNetCore.Identity;

/// <summary>The one algorithm Rampart signs its own tokens with and accepts for them, and the bound on a token's size.</summary>
internal static class Es256
{
    public const string Algorithm = SecurityAlgorithms.EcdsaSha256;

    /// <summary>Longest token accepted, so a huge header or payload cannot cost parsing time.</summary>
    public const int MaximumTokenLength = 8 * 1024;
}
