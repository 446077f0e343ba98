using Skeleton.Core.Common;

namespace Skeleton.Core.GiftCards;

/// <summary>The gift cards' error codes; the HTTP adapter maps each kind to its status in one place.</summary>
public static class GiftCardErrors
{
    public const string VersionConflictCode = "gift_cards.version_conflict";

    public static CoreError NotFound { get; } = new("gift_cards.not_found", ErrorKind.NotFound, "There is no gift card with this id.");

    public static CoreError VersionConflict { get; } =
        new(VersionConflictCode, ErrorKind.PreconditionFailed, "The gift card changed since you read it; read it again and retry.");

    // <fields:core-unique-errors>
    public static CoreError CodeTaken { get; } = new("gift_cards.code_taken", ErrorKind.Conflict, "A gift card with this code exists already.");
    // </fields:core-unique-errors>
}
