using System.Security.Cryptography;
using Microsoft.Extensions.Logging;

namespace Rampart.AspNetCore.Identity;

/// <summary>
/// A signing key for Development only: generated once and kept in <c>.rampart/identity/</c> under the content root
/// (a git-ignored folder), so tokens survive restarts. Never used outside Development.
/// </summary>
internal static class DevelopmentSigningKey
{
    public const string RelativePath = ".rampart/identity/development-signing-key.pem";

    public static SigningKey LoadOrCreate(string contentRoot, ILogger logger)
    {
        var path = Path.Combine(contentRoot, RelativePath);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var created = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            using (var writer = new StreamWriter(stream))
            {
                writer.Write(created.ExportPkcs8PrivateKeyPem());
            }

            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        var key = SigningKey.FromPem(File.ReadAllText(path), keyId: null, isPrivate: true, path);
        IdentityLog.DevelopmentSigningKey(logger, RelativePath, key.KeyId);
        return key;
    }
}
