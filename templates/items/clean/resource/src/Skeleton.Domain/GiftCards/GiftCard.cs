using Skeleton.Domain.Common;

namespace Skeleton.Domain.GiftCards;

/// <summary>
/// A gift card. Its id (UUIDv7), version, timestamps and soft delete come from <see cref="Entity"/>; every change goes
/// through <see cref="Create"/> or <see cref="Change"/>, which check <see cref="GiftCardRules"/> first and change nothing
/// when they say no.
/// </summary>
public sealed class GiftCard : Entity
{
    /// <summary>The longest text a text field holds: the rules' limit, the requests' and the column's length.</summary>
    public const int TextMaxLength = 200;

    // For the persistence layer, which rebuilds a gift card from its row.
    private GiftCard()
    {
    }

#if RAMPART_ITEM_OWNED
    /// <summary>The user who created it: only they (and an administrator) see and change it.</summary>
    public Guid OwnerId { get; private set; }

#endif
    // <fields:domain-properties>
    public string Title { get; private set; } = string.Empty;

    public string? Code { get; private set; }

    public decimal Amount { get; private set; }

    public int Uses { get; private set; }

    public GiftCardTier Tier { get; private set; }
    // </fields:domain-properties>

    /// <summary>A new gift card, or the validation error naming every bad field.</summary>
    public static Result<GiftCard> Create(
#if RAMPART_ITEM_OWNED
        Guid ownerId,
#endif
        // <fields:domain-parameters>
        string? title = null,
        string? code = null,
        decimal? amount = null,
        int? uses = null,
        GiftCardTier? tier = null)
        // </fields:domain-parameters>
    {
        var errors = new GiftCardRules.Violations();
        // <fields:domain-create-checks>
        errors.Text("title", title, required: true);
        errors.Text("code", code, required: false);
        errors.Required("amount", amount);
        errors.Positive("amount", amount);
        errors.Required("uses", uses);
        errors.Required("tier", tier);
        errors.Defined("tier", tier);
        // </fields:domain-create-checks>
        if (errors.Any)
        {
            return errors.ToError();
        }

        return new GiftCard
        {
#if RAMPART_ITEM_OWNED
            OwnerId = ownerId,
#endif
            // <fields:domain-create-assignments>
            Title = title!.Trim(),
            Code = code?.Trim(),
            Amount = amount!.Value,
            Uses = uses!.Value,
            Tier = tier!.Value,
            // </fields:domain-create-assignments>
        };
    }

    /// <summary>Applies the fields given (null = unchanged), or says why it cannot; on error nothing changes.</summary>
    public Result Change(
        // <fields:domain-parameters>
        string? title = null,
        string? code = null,
        decimal? amount = null,
        int? uses = null,
        GiftCardTier? tier = null)
        // </fields:domain-parameters>
    {
        var errors = new GiftCardRules.Violations();
        // <fields:domain-change-checks>
        errors.Text("title", title, required: false);
        errors.Text("code", code, required: false);
        errors.Positive("amount", amount);
        errors.Defined("tier", tier);
        // </fields:domain-change-checks>
        if (errors.Any)
        {
            return errors.ToError();
        }

        // <fields:domain-change-assignments>
        Title = title?.Trim() ?? Title;
        Code = code?.Trim() ?? Code;
        Amount = amount ?? Amount;
        Uses = uses ?? Uses;
        Tier = tier ?? Tier;
        // </fields:domain-change-assignments>
        return Result.Success();
    }
}
