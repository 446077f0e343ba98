using System.ComponentModel.DataAnnotations;

namespace Rampart.AspNetCore.Configuration;

/// <summary>A setting that, when set, names a directory that exists.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class ExistingDirectoryAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) => value is not string path || path.Length == 0 || Directory.Exists(path);
}
