namespace Skeleton.Application.Common;

/// <summary>Thrown by <see cref="IUnitOfWork.SaveChangesAsync"/>: a value that must be unique is taken; <see cref="Key"/> names which.</summary>
public sealed class DuplicateKeyException : Exception
{
    public DuplicateKeyException()
        : this(string.Empty)
    {
    }

    public DuplicateKeyException(string key)
        : this(key, null)
    {
    }

    public DuplicateKeyException(string key, Exception? innerException)
        : base($"The unique key '{key}' is taken.", innerException)
    {
        Key = key;
    }

    /// <summary>The unique key, as the repository port that owns it names it (<c>IProductRepository.SkuKey</c>).</summary>
    public string Key { get; } = string.Empty;
}
