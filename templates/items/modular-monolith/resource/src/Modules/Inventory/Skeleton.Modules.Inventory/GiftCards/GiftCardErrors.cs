using Rampart.AspNetCore.Errors;

namespace Skeleton.Modules.Inventory.GiftCards;

/// <summary>The gift cards' error codes.</summary>
internal static class GiftCardErrors
{
    public const string VersionConflictCode = "gift_cards.version_conflict";

    public static Error NotFound { get; } = Error.NotFound("gift_cards.not_found", "There is no gift card with this id.");

    // <fields:unique-errors>
    public static Error CodeTaken { get; } = Error.Conflict("gift_cards.code_taken", "A gift card with this code exists already.");
    // </fields:unique-errors>
}
