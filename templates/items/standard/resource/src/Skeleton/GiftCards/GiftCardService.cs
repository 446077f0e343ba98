using Microsoft.EntityFrameworkCore;
using Rampart.AspNetCore.Data;
using Rampart.AspNetCore.Data.Concurrency;
using Rampart.AspNetCore.Data.Pagination;
using Rampart.AspNetCore.Errors;
#if RAMPART_ITEM_OWNED
using Rampart.AspNetCore.Identity;
#endif
using Skeleton.Data;

namespace Skeleton.GiftCards;

#if RAMPART_ITEM_OWNED
/// <summary>
/// The gift cards' logic: unique fields kept unique by the database's index, changes conditional on the version the
/// caller read, soft deletes. Each gift card belongs to the user who created it: anyone else's is answered like a
/// missing one (an admin sees every one). Knows nothing of HTTP: it returns a <see cref="Result"/>, and the controller
/// turns it into a response.
/// </summary>
#else
/// <summary>
/// The gift cards' logic: unique fields kept unique by the database's index, changes conditional on the version the
/// caller read, soft deletes. Knows nothing of HTTP: it returns a <see cref="Result"/>, and the controller turns it into
/// a response.
/// </summary>
#endif
#if RAMPART_ITEM_OWNED
public sealed class GiftCardService(AppDbContext db, ICurrentUser caller)
#else
public sealed class GiftCardService(AppDbContext db)
#endif
{
    /// <summary>Live gift cards, newest first (soft-deleted rows are hidden by the conventions' query filter).</summary>
    public Task<Page<GiftCard>> ListAsync(PageRequest page, CancellationToken cancellationToken) =>
        Visible().AsNoTracking().ToPageAsync(page, cancellationToken);

    public async Task<Result<GiftCard>> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await Visible().AsNoTracking().FirstOrDefaultAsync(g => g.Id == id, cancellationToken) is { } giftCard ? giftCard : GiftCardErrors.NotFound;

    public async Task<Result<GiftCard>> CreateAsync(CreateGiftCardRequest request, CancellationToken cancellationToken)
    {
        // The gate has checked the request: required fields are present and every value is in range.
        var giftCard = new GiftCard
        {
#if RAMPART_ITEM_OWNED
            OwnerId = caller.RequireId(),
#endif
            // <fields:create-assignments>
            Title = request.Title!.Trim(),
            Code = request.Code?.Trim(),
            Amount = request.Amount!.Value,
            Uses = request.Uses!.Value,
            Tier = request.Tier!.Value,
            // </fields:create-assignments>
        };
        db.GiftCards.Add(giftCard);
        return await SaveAsync(giftCard, cancellationToken);
    }

    /// <summary>
    /// Applies the fields given, if <paramref name="expected"/> is still the gift card's version; a write that commits in
    /// between fails the save's version check and becomes 412 at the edge.
    /// </summary>
    public async Task<Result<GiftCard>> UpdateAsync(Guid id, UpdateGiftCardRequest request, ExpectedVersion expected, CancellationToken cancellationToken)
    {
        if (await Visible().FirstOrDefaultAsync(g => g.Id == id, cancellationToken) is not { } giftCard)
        {
            return GiftCardErrors.NotFound;
        }

        if (db.ExpectVersion(giftCard, expected).Error is { } stale)
        {
            return stale;
        }

        // <fields:update-assignments>
        giftCard.Title = request.Title?.Trim() ?? giftCard.Title;
        giftCard.Code = request.Code?.Trim() ?? giftCard.Code;
        giftCard.Amount = request.Amount ?? giftCard.Amount;
        giftCard.Uses = request.Uses ?? giftCard.Uses;
        giftCard.Tier = request.Tier ?? giftCard.Tier;
        // </fields:update-assignments>
        return await SaveAsync(giftCard, cancellationToken);
    }

    /// <summary>A soft delete. With <paramref name="expected"/> it is conditional (stale → 412); without it the delete wins.</summary>
    public async Task<Result> DeleteAsync(Guid id, ExpectedVersion? expected, CancellationToken cancellationToken)
    {
        if (await Visible().FirstOrDefaultAsync(g => g.Id == id, cancellationToken) is not { } giftCard)
        {
            return GiftCardErrors.NotFound;
        }

        if (expected is not null && db.ExpectVersion(giftCard, expected).Error is { } stale)
        {
            return stale;
        }

        // The save interceptor turns the removal into deleted_at = now (soft delete) and bumps the version.
        db.GiftCards.Remove(giftCard);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }

#if RAMPART_ITEM_OWNED
    // The caller's gift cards, or every one for an admin.
    private IQueryable<GiftCard> Visible()
    {
        if (caller.IsInRole(RampartRoles.Admin))
        {
            return db.GiftCards;
        }

        var ownerId = caller.RequireId();
        return db.GiftCards.Where(g => g.OwnerId == ownerId);
    }
#else
    private DbSet<GiftCard> Visible() => db.GiftCards;
#endif

    private async Task<Result<GiftCard>> SaveAsync(GiftCard giftCard, CancellationToken cancellationToken)
    {
#if RAMPART_ITEM_UNIQUE
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        // <fields:unique-catches>
        catch (DbUpdateException ex) when (ex.IsUniqueViolation(GiftCardConfiguration.CodeIndex))
        {
            return GiftCardErrors.CodeTaken;
        }
        // </fields:unique-catches>

#else
        await db.SaveChangesAsync(cancellationToken);
#endif
        return giftCard;
    }
}
