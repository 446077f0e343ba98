using Skeleton.Core.Common;
using Skeleton.Core.GiftCards;
using Skeleton.Core.GiftCards.UseCases;

namespace Skeleton.Core.Tests.GiftCards;

/// <summary>The gift cards' use cases against a fake persistence adapter: no database, no web host.</summary>
public sealed class GiftCardUseCaseTests
{
    private readonly InMemoryGiftCardRepository _store = new();
#if RAMPART_ITEM_OWNED
    private readonly Caller _owner = new(Guid.CreateVersion7(), IsAdmin: false);
    private readonly Caller _stranger = new(Guid.CreateVersion7(), IsAdmin: false);
    private readonly Caller _admin = new(Guid.CreateVersion7(), IsAdmin: true);
#endif

    private FindGiftCards Find => new(_store);

    private ManageGiftCards Manage => new(_store, _store);

    [Fact]
    public async Task Create_Committed_FirstVersionAndFoundAgain()
    {
        var created = await Manage.CreateAsync(NewGiftCard(), CancellationToken.None);

#if RAMPART_ITEM_OWNED
        var found = await Find.GetAsync(_owner, created.Value.Id, CancellationToken.None);
#else
        var found = await Find.GetAsync(created.Value.Id, CancellationToken.None);
#endif

        Assert.Equal(1L, created.Value.Version);
        Assert.Same(created.Value, found.Value);
        Assert.Equal(1, _store.Commits);
    }

    [Fact]
    public async Task Create_ConflictOnCommit_ReportsTheError()
    {
        _store.ConflictOnNextCommit = true;

        var created = await Manage.CreateAsync(NewGiftCard(), CancellationToken.None);

        Assert.Equal(GiftCardErrors.VersionConflict, created.Error);
    }

    [Fact]
    public async Task Get_Unknown_NotFound()
    {
#if RAMPART_ITEM_OWNED
        var found = await Find.GetAsync(_admin, Guid.CreateVersion7(), CancellationToken.None);
#else
        var found = await Find.GetAsync(Guid.CreateVersion7(), CancellationToken.None);
#endif

        Assert.Equal(GiftCardErrors.NotFound, found.Error);
    }

    [Fact]
    public async Task Change_CurrentVersion_AppliedAndVersionRaised()
    {
        var giftCard = await CreatedAsync();
        var applied = false;

#if RAMPART_ITEM_OWNED
        var changed = await Manage.ChangeAsync(_owner, giftCard.Id, 1, _ => applied = true, CancellationToken.None);
#else
        var changed = await Manage.ChangeAsync(giftCard.Id, 1, _ => applied = true, CancellationToken.None);
#endif

        Assert.True(applied);
        Assert.Equal(2L, changed.Value.Version);
    }

    [Fact]
    public async Task Change_StaleVersion_VersionConflictAndNotApplied()
    {
        var giftCard = await CreatedAsync();
        var applied = false;

#if RAMPART_ITEM_OWNED
        var changed = await Manage.ChangeAsync(_owner, giftCard.Id, 2, _ => applied = true, CancellationToken.None);
#else
        var changed = await Manage.ChangeAsync(giftCard.Id, 2, _ => applied = true, CancellationToken.None);
#endif

        Assert.Equal(GiftCardErrors.VersionConflict, changed.Error);
        Assert.False(applied);
        Assert.Equal(1L, giftCard.Version);
    }

    [Fact]
    public async Task Change_Unknown_NotFound()
    {
#if RAMPART_ITEM_OWNED
        var changed = await Manage.ChangeAsync(_admin, Guid.CreateVersion7(), 1, _ => { }, CancellationToken.None);
#else
        var changed = await Manage.ChangeAsync(Guid.CreateVersion7(), 1, _ => { }, CancellationToken.None);
#endif

        Assert.Equal(GiftCardErrors.NotFound, changed.Error);
    }

    [Fact]
    public async Task Delete_ThenNotFound()
    {
        var giftCard = await CreatedAsync();

#if RAMPART_ITEM_OWNED
        var deleted = await Manage.DeleteAsync(_owner, giftCard.Id, expectedVersion: null, CancellationToken.None);
        var found = await Find.GetAsync(_owner, giftCard.Id, CancellationToken.None);
        var again = await Manage.DeleteAsync(_owner, giftCard.Id, expectedVersion: null, CancellationToken.None);
#else
        var deleted = await Manage.DeleteAsync(giftCard.Id, expectedVersion: null, CancellationToken.None);
        var found = await Find.GetAsync(giftCard.Id, CancellationToken.None);
        var again = await Manage.DeleteAsync(giftCard.Id, expectedVersion: null, CancellationToken.None);
#endif

        Assert.True(deleted.IsSuccess);
        Assert.Equal(GiftCardErrors.NotFound, found.Error);
        Assert.Equal(GiftCardErrors.NotFound, again.Error);
    }

    [Fact]
    public async Task Delete_StaleVersion_VersionConflictAndKept()
    {
        var giftCard = await CreatedAsync();

#if RAMPART_ITEM_OWNED
        var deleted = await Manage.DeleteAsync(_owner, giftCard.Id, expectedVersion: 2, CancellationToken.None);
        var found = await Find.GetAsync(_owner, giftCard.Id, CancellationToken.None);
#else
        var deleted = await Manage.DeleteAsync(giftCard.Id, expectedVersion: 2, CancellationToken.None);
        var found = await Find.GetAsync(giftCard.Id, CancellationToken.None);
#endif

        Assert.Equal(GiftCardErrors.VersionConflict, deleted.Error);
        Assert.True(found.IsSuccess);
    }
#if RAMPART_ITEM_OWNED

    [Fact]
    public async Task AnotherUsersGiftCard_IsNotFoundForReadChangeAndDelete()
    {
        var giftCard = await CreatedAsync();

        var read = await Find.GetAsync(_stranger, giftCard.Id, CancellationToken.None);
        var changed = await Manage.ChangeAsync(_stranger, giftCard.Id, 1, _ => { }, CancellationToken.None);
        var deleted = await Manage.DeleteAsync(_stranger, giftCard.Id, expectedVersion: null, CancellationToken.None);
        var listed = await Find.ListAsync(_stranger, new PageQuery(10, null), CancellationToken.None);

        Assert.Equal(GiftCardErrors.NotFound, read.Error);
        Assert.Equal(GiftCardErrors.NotFound, changed.Error);
        Assert.Equal(GiftCardErrors.NotFound, deleted.Error);
        Assert.Empty(listed.Items);
        Assert.Equal(1L, giftCard.Version);
    }

    [Fact]
    public async Task AnAdmin_SeesAndChangesEveryonesGiftCards()
    {
        var giftCard = await CreatedAsync();

        var listed = await Find.ListAsync(_admin, new PageQuery(10, null), CancellationToken.None);
        var changed = await Manage.ChangeAsync(_admin, giftCard.Id, 1, _ => { }, CancellationToken.None);

        Assert.Contains(giftCard, listed.Items);
        Assert.Equal(2L, changed.Value.Version);
    }
#else

    [Fact]
    public async Task List_LeavesTheDeletedOut()
    {
        var deleted = await CreatedAsync();
        var kept = await CreatedAsync();
        await Manage.DeleteAsync(deleted.Id, expectedVersion: null, CancellationToken.None);

        var listed = await Find.ListAsync(new PageQuery(10, null), CancellationToken.None);

        Assert.Equal([kept], listed.Items);
    }
#endif

    private async Task<GiftCard> CreatedAsync() => (await Manage.CreateAsync(NewGiftCard(), CancellationToken.None)).Value;

#if RAMPART_ITEM_OWNED
    private GiftCard NewGiftCard() => new()
#else
    private static GiftCard NewGiftCard() => new()
#endif
    {
#if RAMPART_ITEM_OWNED
        OwnerId = _owner.Id,
#endif
        // <fields:test-valid-request>
        Title = "Sample title",
        Code = "Sample code",
        Amount = 12.5m,
        Uses = 3,
        Tier = GiftCardTier.Basic,
        // </fields:test-valid-request>
    };
}
