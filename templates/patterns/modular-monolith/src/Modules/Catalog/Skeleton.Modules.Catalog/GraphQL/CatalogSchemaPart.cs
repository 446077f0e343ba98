#if RAMPART_API_GRAPHQL
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Rampart.AspNetCore.Data.Caching;
using Rampart.AspNetCore.Data.Concurrency;
using Rampart.AspNetCore.GraphQL.Errors;
using Rampart.AspNetCore.GraphQL.Pagination;
using Rampart.AspNetCore.Identity;
using Skeleton.Modules.Catalog.Database;
using Skeleton.Modules.Catalog.Features.CreateProduct;
using Skeleton.Modules.Catalog.Features.GetProduct;
using Skeleton.Modules.Catalog.Features.ListProducts;
using Skeleton.Modules.Catalog.Features.UpdateProduct;
using Skeleton.Modules.Catalog.Products;
using Skeleton.SharedKernel.GraphQL;

namespace Skeleton.Modules.Catalog.GraphQL;

/// <summary>
/// Catalog's part of the schema: <c>products(first, after)</c> and <c>product(id)</c> for anyone, <c>createProduct</c>
/// and <c>updateProduct</c> for admins. Each field runs what its REST endpoint runs (the same page read, cache, rules and error codes).
/// </summary>
internal sealed class CatalogSchemaPart : IGraphQLSchemaPart
{
    public void AddQueries(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Connection<ProductType>("products")
            .Description("Live products, newest first; the same pages and cursors as GET /api/v1/products.")
            .ResolveAsync(async context =>
            {
                var db = context.RequestServices!.GetRequiredService<CatalogDbContext>();
                var page = await ListProductsEndpoint.ReadPageAsync(context.ToPageRequest(), db, context.CancellationToken);
                return page.ToConnection(product => product.ToDetails());
            });

        query.Field<ProductType>("product")
            .Description("The live product with this id; catalog.product_not_found otherwise.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context =>
            {
                var services = context.RequestServices!;
                var product = await GetProductEndpoint.FindAsync(
                    context.GetArgument<Guid>("id"), services.GetRequiredService<CatalogDbContext>(), services.GetRequiredService<IEntityCache>(), context.CancellationToken);
                return product?.ToDetails() ?? throw new RampartExecutionError(ProductErrors.NotFound);
            });
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.Field<ProductType>("createProduct")
            .Description("Creates a product (admin), as POST /api/v1/products does.")
            .AuthorizeWithPolicy(RampartPolicies.Admin)
            .Argument<NonNullGraphType<CreateProductInputType>>("input")
            .ResolveAsync(async context =>
            {
                var request = InputValidation.Validated(context.GetArgument<CreateProductRequest>("input"));
                var created = await context.RequestServices!.GetRequiredService<CreateProduct>().HandleAsync(request, context.CancellationToken);
                return ProductResponse.From(created.ValueOrThrow()).ToDetails();
            });

        mutation.Field<ProductType>("updateProduct")
            .Description("Changes a product (admin), as PATCH /api/v1/products/{id} with If-Match does: expectedVersion is the version read; "
                + "a stale one is catalog.version_conflict and changes nothing.")
            .AuthorizeWithPolicy(RampartPolicies.Admin)
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<UpdateProductInputType>>("input")
            .Argument<NonNullGraphType<LongGraphType>>("expectedVersion", "The product's version when you read it (its ETag on REST).")
            .ResolveAsync(async context =>
            {
                var request = InputValidation.Validated(context.GetArgument<UpdateProductRequest>("input"));
                var expected = ExpectedVersion.Of(context.GetArgument<long>("expectedVersion"), ProductErrors.VersionConflictCode);
                var updated = await UpdateProductEndpoint.ChangeAsync(
                    context.GetArgument<Guid>("id"), request, expected, context.RequestServices!.GetRequiredService<CatalogDbContext>(), context.CancellationToken);
                return ProductResponse.From(updated.ValueOrThrow()).ToDetails();
            });
    }
}
#endif
