using System.Security.Cryptography;
using System.Text;

namespace Rampart.Audit.Baseline;

/// <summary>
/// A finding's stable identity: SHA-256 of the rule id, the root-relative path, the flagged line's text with whitespace
/// collapsed, the enclosing member's signature and the occurrence index among identical findings. No line numbers,
/// so inserting or removing lines elsewhere keeps every fingerprint (ADR 0056).
/// </summary>
public static class FindingFingerprint
{
    /// <summary>Computes the fingerprint (32 lower-case hex characters).</summary>
    public static string Compute(string ruleId, string relativePath, string lineText, string memberSignature, int occurrence)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        ArgumentNullException.ThrowIfNull(relativePath);
        var material = string.Join('\n', ruleId.ToUpperInvariant(), relativePath.Replace('\\', '/'), Normalize(lineText), Normalize(memberSignature), occurrence.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(material));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }

    /// <summary>Trims and collapses every whitespace run to one space, so re-indenting keeps the fingerprint.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
