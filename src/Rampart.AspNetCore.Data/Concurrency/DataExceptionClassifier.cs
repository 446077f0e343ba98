using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Rampart.AspNetCore.Errors;

namespace Rampart.AspNetCore.Data.Concurrency;

/// <summary>
/// Answers the requests the data blocks refuse while binding (<see cref="RejectedRequestException"/>), and is the
/// safety net for data failures a use case did not translate: a lost optimistic-concurrency race becomes 412
/// (the endpoint's conflict code), a unique violation 409, text the database cannot store 400, a database that cannot
/// be reached 503 — never a 500 or a lost update.
/// </summary>
internal sealed class DataExceptionClassifier : IExceptionClassifier
{
    public const string UniqueViolationCode = "data.unique_violation";
    public const string UnavailableCode = "data.unavailable";
    public const string InvalidTextCode = "data.invalid_text";

    public Error? Classify(Exception exception, HttpContext context) => exception switch
    {
        RejectedRequestException rejected => rejected.Error,
        DbUpdateConcurrencyException => Error.PreconditionFailed(
            ConflictCode(context),
            "The resource changed since you read it; read it again and retry with its new ETag."),
        DbUpdateException update when update.IsUniqueViolation() => Error.Conflict(
            UniqueViolationCode, "A value that must be unique is already taken."),
        _ when IsInvalidText(exception) => new Error(
            InvalidTextCode, ErrorKind.Validation, "A value contains characters that cannot be stored as text (for example NUL)."),
        _ when IsDatabaseUnavailable(exception) => new Error(
            UnavailableCode, ErrorKind.Unavailable, "The database is not available right now; retry shortly."),
        _ => null,
    };

    // Text PostgreSQL refuses (22021: NUL or an invalid byte sequence, 22P05: untranslatable): bad input that
    // slipped past the gate, from a route or query value for example, so 400 rather than 500. Npgsql itself refuses
    // to encode an unpaired surrogate.
    private static bool IsInvalidText(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is PostgresException { SqlState: PostgresErrorCodes.CharacterNotInRepertoire or PostgresErrorCodes.UntranslatableCharacter }
                or System.Text.EncoderFallbackException)
            {
                return true;
            }
        }

        return false;
    }

    // A transient Npgsql failure (connection refused or dropped, server shutting down), wherever EF wrapped it.
    private static bool IsDatabaseUnavailable(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is NpgsqlException { IsTransient: true })
            {
                return true;
            }
        }

        return false;
    }

    // The exception handler clears the endpoint before handlers run; the feature keeps the one that failed.
    private static string ConflictCode(HttpContext context) =>
        (context.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? context.GetEndpoint())
            ?.Metadata.GetMetadata<IfMatchMetadata>()?.ConflictCode ?? ExpectedVersion.DefaultConflictCode;
}
