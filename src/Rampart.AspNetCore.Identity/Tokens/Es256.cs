namespace Rampart.AspNetCore.Identity;

/// <summary>Constants of the one algorithm Rampart signs and accepts.</summary>
internal static class Es256
{
    public const string Algorithm = "ES256";

    /// <summary>An ES256 signature is r‖s, 32 bytes each (IEEE P1363), never DER.</summary>
    public const int SignatureLength = 64;

    /// <summary>Longest token accepted, so a huge header cannot cost parsing time.</summary>
    public const int MaximumTokenLength = 8 * 1024;
}
