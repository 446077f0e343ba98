using Rampart.Scaffolding.Adding.Edits;

namespace Rampart.Scaffolding.Tests.Adding;

/// <summary>
/// The edit steps <c>rampart add resource</c> adds for the hexagonal pattern, each on a before and an after string: a
/// port's adapter or use case registered in a composition method (after its last <c>AddScoped</c>, or before its
/// <c>return</c>), the resource's folder in the architecture table's list of adapter modules, and a unique index mapped
/// to the core's error in the unit of work.
/// </summary>
public sealed class HexagonalResourceEditTests
{
    private const string PersistenceAdapter = """
        using Microsoft.Extensions.DependencyInjection;
        using Shop.Core.Common;

        namespace Shop.Adapters.Persistence;

        public static class PersistenceAdapter
        {
            public static IServiceCollection AddPersistenceAdapter(this IServiceCollection services, IConfiguration configuration)
            {
                services.AddScoped<UnitOfWork>();
                services.AddScoped<IUnitOfWork>(provider => provider.GetRequiredService<UnitOfWork>());

                // Rampart's check.
                services.AddHealthChecks();
                return services;
            }
        }

        """;

    private const string SkeletonComposition = """
        using Shop.Adapters.Persistence;

        namespace Shop.Adapters.Http.Composition;

        internal static class AdapterComposition
        {
            public static IServiceCollection AddAdapters(this IServiceCollection services, IConfiguration configuration)
            {
                services.AddPersistenceAdapter(configuration);
                services.AddRampartIdentity<AppDbContext>();
                return services;
            }
        }

        """;

    private const string UnitOfWork = """
        using Microsoft.EntityFrameworkCore;
        using Shop.Core.Common;

        namespace Shop.Adapters.Persistence;

        internal sealed class UnitOfWork(AppDbContext db) : IUnitOfWork
        {
            public async Task<Result> CommitAsync(CoreError onConflict, CancellationToken cancellationToken)
            {
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateConcurrencyException)
                {
                    return onConflict;
                }

                return Result.Success();
            }
        }

        """;

    private const string ArchitectureRules = """
        namespace Shop.Tests.Architecture;

        internal static class ArchitectureRules
        {
            public static readonly IReadOnlyList<DependencyRule> All =
            [
                new("Shop.Adapters.{name}.**", ["Shop.Adapters.**"], "Adapters do not know each other.")
                {
                    Unless = ["Shop.Adapters.{name}.**"],
                },
                new("Shop.Adapters.*.{name}.**", ["Shop.Adapters.*.Catalog.**", "Shop.Adapters.*.Orders.**"], "Inside an adapter, one module's code does not use another's.")
                {
                    Unless = ["Shop.Adapters.*.{name}.**"],
                },
            ];
        }

        """;

    private static readonly (string, string)[] UseCases = [("IFindGiftCards", "FindGiftCards"), ("IManageGiftCards", "ManageGiftCards")];

    [Fact]
    public void AddScopedServices_GoesAfterTheLastAddScopedWithTheUsingsInOrder()
    {
        var edited = new AddScopedServices("PersistenceAdapter.cs", "PersistenceAdapter", "AddPersistenceAdapter", [("IGiftCardRepository", "GiftCardRepository")], ["Shop.Adapters.Persistence.GiftCards", "Shop.Core.GiftCards.Ports"])
            .Apply(PersistenceAdapter);

        Assert.Equal(PersistenceAdapter
            .Replace("using Shop.Core.Common;\n", "using Shop.Adapters.Persistence.GiftCards;\nusing Shop.Core.Common;\nusing Shop.Core.GiftCards.Ports;\n", StringComparison.Ordinal)
            .Replace(
                "provider.GetRequiredService<UnitOfWork>());\n",
                "provider.GetRequiredService<UnitOfWork>());\n        services.AddScoped<IGiftCardRepository, GiftCardRepository>();\n",
                StringComparison.Ordinal), edited);
    }

    [Fact]
    public void AddScopedServices_WithoutAnAddScoped_GoesBeforeTheReturn()
    {
        var edited = new AddScopedServices("AdapterComposition.cs", "AdapterComposition", "AddAdapters", UseCases, ["Shop.Core.GiftCards.Ports", "Shop.Core.GiftCards.UseCases"])
            .Apply(SkeletonComposition);

        Assert.Equal(SkeletonComposition
            .Replace("using Shop.Adapters.Persistence;\n", "using Shop.Adapters.Persistence;\nusing Shop.Core.GiftCards.Ports;\nusing Shop.Core.GiftCards.UseCases;\n", StringComparison.Ordinal)
            .Replace(
                "        return services;\n",
                "        services.AddScoped<IFindGiftCards, FindGiftCards>();\n        services.AddScoped<IManageGiftCards, ManageGiftCards>();\n        return services;\n",
                StringComparison.Ordinal), edited);
    }

    [Fact]
    public void AddScopedServices_Twice_IsRefused()
    {
        var edit = new AddScopedServices("AdapterComposition.cs", "AdapterComposition", "AddAdapters", UseCases, ["Shop.Core.GiftCards.Ports"]);

        var error = Assert.Throws<ScaffoldingException>(() => edit.Apply(edit.Apply(SkeletonComposition)));

        Assert.Contains("AddAdapters registers IFindGiftCards already", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddScopedServices_WithoutTheMethod_IsRefusedNamingIt()
    {
        var error = Assert.Throws<ScaffoldingException>(() =>
            new AddScopedServices("CoreUseCases.cs", "CoreUseCases", "AddCoreUseCases", UseCases, []).Apply(SkeletonComposition));

        Assert.Contains("CoreUseCases.cs: there is no CoreUseCases.AddCoreUseCases(…)", error.Message, StringComparison.Ordinal);
        Assert.Contains("AddScoped<IFindGiftCards, FindGiftCards>()", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void AddArchitectureModule_AppendsTheModuleToTheAdaptersModuleList()
    {
        var edited = new AddArchitectureModule("ArchitectureRules.cs", "Shop", "GiftCards").Apply(ArchitectureRules);

        Assert.Equal(ArchitectureRules.Replace(
            "[\"Shop.Adapters.*.Catalog.**\", \"Shop.Adapters.*.Orders.**\"]",
            "[\"Shop.Adapters.*.Catalog.**\", \"Shop.Adapters.*.Orders.**\", \"Shop.Adapters.*.GiftCards.**\"]",
            StringComparison.Ordinal), edited);
    }

    [Fact]
    public void AddArchitectureModule_Twice_IsRefused()
    {
        var edit = new AddArchitectureModule("ArchitectureRules.cs", "Shop", "GiftCards");

        var error = Assert.Throws<ScaffoldingException>(() => edit.Apply(edit.Apply(ArchitectureRules)));

        Assert.Contains("the table lists Shop.Adapters.*.GiftCards.** already", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddArchitectureModule_WithoutTheModuleList_IsRefused()
    {
        var error = Assert.Throws<ScaffoldingException>(() =>
            new AddArchitectureModule("ArchitectureRules.cs", "Shop", "GiftCards").Apply("namespace Shop.Tests.Architecture;\n\ninternal static class ArchitectureRules;\n"));

        Assert.Contains("there is no list of \"Shop.Adapters.*.<Module>.**\" patterns", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddUniqueViolationCatch_AddsACatchPerIndexAfterTheLastOne()
    {
        var edited = new AddUniqueViolationCatch(
            "UnitOfWork.cs",
            "CommitAsync",
            [("GiftCardRecordConfiguration.CodeIndex", "GiftCardErrors.CodeTaken"), ("GiftCardRecordConfiguration.SerialIndex", "GiftCardErrors.SerialTaken")],
            ["Rampart.AspNetCore.Data", "Shop.Adapters.Persistence.GiftCards", "Shop.Core.GiftCards"]).Apply(UnitOfWork);

        Assert.Equal(UnitOfWork
            .Replace("using Shop.Core.Common;\n", "using Rampart.AspNetCore.Data;\nusing Shop.Adapters.Persistence.GiftCards;\nusing Shop.Core.Common;\nusing Shop.Core.GiftCards;\n", StringComparison.Ordinal)
            .Replace("""
                        return onConflict;
                    }

            """, """
                        return onConflict;
                    }
                    catch (DbUpdateException ex) when (ex.IsUniqueViolation(GiftCardRecordConfiguration.CodeIndex))
                    {
                        return GiftCardErrors.CodeTaken;
                    }
                    catch (DbUpdateException ex) when (ex.IsUniqueViolation(GiftCardRecordConfiguration.SerialIndex))
                    {
                        return GiftCardErrors.SerialTaken;
                    }

            """, StringComparison.Ordinal), edited);
    }

    [Fact]
    public void AddUniqueViolationCatch_Twice_IsRefused()
    {
        var edit = new AddUniqueViolationCatch("UnitOfWork.cs", "CommitAsync", [("GiftCardRecordConfiguration.CodeIndex", "GiftCardErrors.CodeTaken")], []);

        var error = Assert.Throws<ScaffoldingException>(() => edit.Apply(edit.Apply(UnitOfWork)));

        Assert.Contains("CommitAsync catches GiftCardRecordConfiguration.CodeIndex already", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddUniqueViolationCatch_WithoutATryAroundTheSave_IsRefused()
    {
        var source = UnitOfWork.Replace("catch (DbUpdateConcurrencyException)\n        {\n            return onConflict;\n        }\n", "finally\n        {\n        }\n", StringComparison.Ordinal);

        var error = Assert.Throws<ScaffoldingException>(() =>
            new AddUniqueViolationCatch("UnitOfWork.cs", "CommitAsync", [("GiftCardRecordConfiguration.CodeIndex", "GiftCardErrors.CodeTaken")], []).Apply(source));

        Assert.Contains("CommitAsync has no try/catch around SaveChangesAsync", error.Message, StringComparison.Ordinal);
    }
}
