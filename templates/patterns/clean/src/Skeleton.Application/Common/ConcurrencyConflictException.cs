namespace Skeleton.Application.Common;

/// <summary>Thrown by <see cref="IUnitOfWork.SaveChangesAsync"/>: something the use case changed was changed by someone else first.</summary>
public sealed class ConcurrencyConflictException : Exception
{
    public ConcurrencyConflictException()
        : base("An entity changed since it was loaded.")
    {
    }

    public ConcurrencyConflictException(string message)
        : base(message)
    {
    }

    public ConcurrencyConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
