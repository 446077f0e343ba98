using Skeleton.Domain.Common;

namespace Skeleton.Domain.GiftCards;

/// <summary>The gift cards' error codes.</summary>
public static class GiftCardErrors
{
    public const string VersionConflictCode = "gift_cards.version_conflict";

    public static Error NotFound { get; } = Error.NotFound("gift_cards.not_found", "There is no gift card with this id.");

    public static Error VersionConflict { get; } =
        Error.PreconditionFailed(VersionConflictCode, "The gift card changed since you read it; read it again and retry with its new ETag.");

    // <fields:unique-errors>
    public static Error CodeTaken { get; } = Error.Conflict("gift_cards.code_taken", "A gift card with this code exists already.");
    // </fields:unique-errors>
}
