using Skeleton.Application.Catalog;
using Skeleton.Application.Catalog.CreateProduct;
using Skeleton.Application.Catalog.DeleteProduct;
using Skeleton.Application.Catalog.UpdateProduct;
using Skeleton.Application.Common;
using Skeleton.Domain.Catalog;
using Skeleton.Domain.Common;
using Skeleton.Tests.UseCases.Fakes;

namespace Skeleton.Tests.UseCases;

/// <summary>The catalog's command use cases against in-memory ports: roles, rules, and what the database's answers mean.</summary>
public sealed class CatalogUseCaseTests
{
    private readonly InMemoryUnitOfWork _unitOfWork = new();
    private readonly InMemoryProductRepository _products;

    public CatalogUseCaseTests()
    {
        _products = new InMemoryProductRepository(_unitOfWork);
    }

    [Fact]
    public async Task CreateProduct_Customer_ForbiddenAndNothingSaved()
    {
        var result = await Create(FakeCurrentUser.Customer()).HandleAsync(new CreateProductCommand("TEA", "Tea", 1m, 1), CancellationToken.None);

        Assert.Equal((ErrorKind.Forbidden, Access.ForbiddenCode), (result.Error?.Kind, result.Error?.Code));
        Assert.Equal(0, _unitOfWork.Saves);
    }

    [Fact]
    public async Task CreateProduct_Admin_SavedAndReturned()
    {
        var result = await Create(FakeCurrentUser.Admin()).HandleAsync(new CreateProductCommand("TEA-1", " Tea ", 4.5m, 3), CancellationToken.None);

        Assert.Equal(("TEA-1", "Tea", 4.5m, 3), (result.Value.Sku, result.Value.Name, result.Value.Price, result.Value.Stock));
        Assert.NotNull(await _products.GetAsync(result.Value.Id, CancellationToken.None));
        Assert.Equal(1, _unitOfWork.Saves);
    }

    [Fact]
    public async Task CreateProduct_BrokenRules_ValidationErrorAndNothingSaved()
    {
        var result = await Create(FakeCurrentUser.Admin()).HandleAsync(new CreateProductCommand("tea", "Tea", 0m, 1), CancellationToken.None);

        Assert.Equal(["price", "sku"], result.Error!.FieldErrors!.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(0, _unitOfWork.Saves);
    }

    [Fact]
    public async Task CreateProduct_SkuKeyTakenAtSave_SkuTaken()
    {
        _unitOfWork.FailNextSaveWith(new DuplicateKeyException(IProductRepository.SkuKey));

        var result = await Create(FakeCurrentUser.Admin()).HandleAsync(new CreateProductCommand("TEA", "Tea", 1m, 1), CancellationToken.None);

        Assert.Equal(ProductErrors.SkuTaken, result.Error);
    }

    [Fact]
    public async Task UpdateProduct_StaleVersion_VersionConflictAndUnchanged()
    {
        var tea = _products.Seed("TEA", stock: 5);

        var result = await Update(FakeCurrentUser.Admin()).HandleAsync(new UpdateProductCommand(tea.Id, tea.Version + 1, null, 9m, null), CancellationToken.None);

        Assert.Equal(ProductErrors.VersionConflict, result.Error);
        Assert.Equal(1m, _products.Stored(tea.Id).Price);
    }

    [Fact]
    public async Task UpdateProduct_WriteCommittedBetweenCheckAndSave_VersionConflict()
    {
        var tea = _products.Seed("TEA", stock: 5);
        _unitOfWork.FailNextSaveWith(new ConcurrencyConflictException());

        var result = await Update(FakeCurrentUser.Admin()).HandleAsync(new UpdateProductCommand(tea.Id, tea.Version, null, 9m, null), CancellationToken.None);

        Assert.Equal(ProductErrors.VersionConflict, result.Error);
    }

    [Fact]
    public async Task UpdateProduct_Unknown_NotFound()
    {
        var result = await Update(FakeCurrentUser.Admin()).HandleAsync(new UpdateProductCommand(Guid.CreateVersion7(), 1, "Tea", null, null), CancellationToken.None);

        Assert.Equal(ProductErrors.NotFound, result.Error);
    }

    [Fact]
    public async Task DeleteProduct_WithoutVersionWhileAnotherWriteCommits_ReadsAgainAndDeletes()
    {
        var tea = _products.Seed("TEA", stock: 5);
        _unitOfWork.FailNextSaveWith(new ConcurrencyConflictException());

        var result = await Delete(FakeCurrentUser.Admin()).HandleAsync(new DeleteProductCommand(tea.Id, null), CancellationToken.None);

        Assert.True(result.IsSuccess);
        Assert.True(_products.IsRemoved(tea.Id));
        Assert.Equal(1, _unitOfWork.Saves);
    }

    [Fact]
    public async Task DeleteProduct_WithStaleVersion_VersionConflictAndKept()
    {
        var tea = _products.Seed("TEA", stock: 5);

        var result = await Delete(FakeCurrentUser.Admin()).HandleAsync(new DeleteProductCommand(tea.Id, tea.Version + 1), CancellationToken.None);

        Assert.Equal(ProductErrors.VersionConflict, result.Error);
        Assert.False(_products.IsRemoved(tea.Id));
    }

    [Fact]
    public async Task DeleteProduct_Customer_Forbidden()
    {
        var tea = _products.Seed("TEA", stock: 5);

        var result = await Delete(FakeCurrentUser.Customer()).HandleAsync(new DeleteProductCommand(tea.Id, null), CancellationToken.None);

        Assert.Equal(ErrorKind.Forbidden, result.Error?.Kind);
        Assert.False(_products.IsRemoved(tea.Id));
    }

    private CreateProductHandler Create(FakeCurrentUser user) => new(user, _products, _unitOfWork);

    private UpdateProductHandler Update(FakeCurrentUser user) => new(user, _products, _unitOfWork);

    private DeleteProductHandler Delete(FakeCurrentUser user) => new(user, _products, _unitOfWork);
}
