namespace Rampart.AspNetCore.Configuration;

/// <summary>Where the service reads secrets mounted as files. Bound from <c>Rampart:Secrets</c>.</summary>
public sealed class SecretFilesOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Rampart:Secrets";

    /// <summary>
    /// A directory holding one file per setting (Docker secrets under <c>/run/secrets</c>, a mounted Kubernetes
    /// secret): the file's name is the setting's key with <c>__</c> for <c>:</c> (<c>Identity__AdminPassword</c>), its
    /// content the value, one trailing line break dropped. Read after every other source, so a file wins over an
    /// environment variable. Unset (the default): no files are read. Set but missing: the service does not start.
    /// </summary>
    [ExistingDirectory(ErrorMessage = "an existing directory of secret files, one per setting, named like Identity__AdminPassword")]
    public string? Directory { get; set; }
}
