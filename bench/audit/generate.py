#!/usr/bin/env python3
"""Writes a large synthetic ASP.NET Core solution for benchmarking `rampart audit`.

One shared kernel, N module libraries (entities, an EF Core DbContext, minimal-API endpoints, services) and one web
host referencing them all, with a .slnx. Some code is deliberately flawed so the rules have findings to report.
Usage: generate.py <output-folder> [--lines 100000]
"""
import argparse
import os

ENTITY = """namespace Bench.{module}.Domain;

/// <summary>A {entity} of the {module} module.</summary>
public sealed class {entity}
{{
    public Guid Id {{ get; set; }} = {key};

    public string Name {{ get; set; }} = "";

    public string? Description {{ get; set; }}

    public decimal Amount {{ get; set; }}

    public int Quantity {{ get; set; }}

    public DateTimeOffset CreatedAt {{ get; set; }}

    public DateTimeOffset? UpdatedAt {{ get; set; }}

    public long Version {{ get; set; }}

    public bool IsArchived {{ get; set; }}

    public void Rename(string name, DateTimeOffset now)
    {{
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
        UpdatedAt = now;
        Version++;
    }}

    public void Archive(DateTimeOffset now)
    {{
        IsArchived = true;
        UpdatedAt = now;
        Version++;
    }}
}}
"""

ENDPOINTS = """using Bench.{module}.Data;
using Bench.{module}.Domain;
using Microsoft.EntityFrameworkCore;

namespace Bench.{module}.Features.{entity}s;

public sealed record Create{entity}Request(string Name, string? Description, decimal Amount, int Quantity);

public sealed record {entity}Response(Guid Id, string Name, string? Description, decimal Amount, int Quantity, long Version);

public static class {entity}Endpoints
{{
    public static IEndpointRouteBuilder Map{entity}s(this IEndpointRouteBuilder app)
    {{
        var group = app.MapGroup("/{route}").RequireAuthorization();

        group.MapGet("/", async ({module}Db db, Guid? after, int? limit, CancellationToken ct) =>
        {{
            var size = Math.Clamp(limit ?? 50, 1, 200);
            var query = db.{entity}s.AsNoTracking().Where(e => !e.IsArchived);
            if (after is {{ }} cursor)
            {{
                query = query.Where(e => e.Id.CompareTo(cursor) > 0);
            }}

            var items = await query.OrderBy(e => e.Id).Take(size)
                .Select(e => new {entity}Response(e.Id, e.Name, e.Description, e.Amount, e.Quantity, e.Version))
                .ToListAsync(ct);
            return Results.Ok(new {{ data = items, meta = new {{ next = items.Count == size ? items[^1].Id : (Guid?)null }} }});
        }});

        group.MapGet("/{{id:guid}}", async ({module}Db db, Guid id, CancellationToken ct) =>
        {{
            var entity = await db.{entity}s.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct);
            return entity is null
                ? Results.NotFound()
                : Results.Ok(new {entity}Response(entity.Id, entity.Name, entity.Description, entity.Amount, entity.Quantity, entity.Version));
        }});

        group.MapPost("/", async (Create{entity}Request request, {module}Db db, TimeProvider time, CancellationToken ct) =>
        {{
            var entity = new {entity}
            {{
                Name = request.Name,
                Description = request.Description,
                Amount = request.Amount,
                Quantity = request.Quantity,
                CreatedAt = time.GetUtcNow(),
            }};
            db.{entity}s.Add(entity);
            await db.SaveChangesAsync(ct);
            return Results.Created($"/{route}/{{entity.Id}}", new {entity}Response(entity.Id, entity.Name, entity.Description, entity.Amount, entity.Quantity, entity.Version));
        }});

        group.MapDelete("/{{id:guid}}", async ({module}Db db, Guid id, TimeProvider time, CancellationToken ct) =>
        {{
            var entity = await db.{entity}s.FirstOrDefaultAsync(e => e.Id == id, ct);
            if (entity is null)
            {{
                return Results.NotFound();
            }}

            entity.Archive(time.GetUtcNow());
            await db.SaveChangesAsync(ct);
            return Results.NoContent();
        }});

        return app;
    }}
}}
"""

SERVICE = """using Bench.{module}.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Bench.{module}.Services;

public sealed class {entity}Maintenance({module}Db db, ILogger<{entity}Maintenance> logger, TimeProvider time)
{{
    public async Task<int> ArchiveStaleAsync(TimeSpan age, CancellationToken ct)
    {{
        var cutoff = time.GetUtcNow() - age;
        var stale = await db.{entity}s.Where(e => !e.IsArchived && e.CreatedAt < cutoff).ToListAsync(ct);
        foreach (var entity in stale)
        {{
            entity.Archive(time.GetUtcNow());
        }}

        await db.SaveChangesAsync(ct);
        logger.LogInformation("Archived {{Count}} stale {entity} rows", stale.Count);
        return stale.Count;
    }}

    public async Task RecountAsync(IReadOnlyList<Guid> ids, CancellationToken ct)
    {{
        foreach (var id in ids)
        {{
            var entity = await db.{entity}s.FindAsync([id], ct);
            if (entity is not null)
            {{
                entity.Quantity = Math.Max(0, entity.Quantity);
            }}
        }}

        await db.SaveChangesAsync(ct);
    }}

    public int CountNow() => db.{entity}s.CountAsync().Result;

    public decimal Total(IEnumerable<decimal> amounts)
    {{
        var total = 0m;
        foreach (var amount in amounts)
        {{
            total += amount;
        }}

        logger.LogDebug($"Total computed: {{total}}");
        return total;
    }}
}}
"""

DBCONTEXT = """using Bench.{module}.Domain;
using Microsoft.EntityFrameworkCore;

namespace Bench.{module}.Data;

public sealed class {module}Db(DbContextOptions<{module}Db> options) : DbContext(options)
{{
{sets}

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {{
        modelBuilder.HasDefaultSchema("{schema}");
{configs}
    }}
}}
"""

MODULE = """using Bench.{module}.Data;
{usings}
using Microsoft.EntityFrameworkCore;

namespace Bench.{module};

public static class {module}Module
{{
    public static IServiceCollection Add{module}Module(this IServiceCollection services, string connectionString)
    {{
        services.AddDbContext<{module}Db>(o => o.UseInMemoryLikeStore(connectionString));
        return services;
    }}

    public static IEndpointRouteBuilder Map{module}Module(this IEndpointRouteBuilder app)
    {{
{maps}
        return app;
    }}

    private static DbContextOptionsBuilder UseInMemoryLikeStore(this DbContextOptionsBuilder builder, string connectionString) => builder;
}}
"""

LIB_PROJECT = """<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
  </PropertyGroup>
  <ItemGroup>
    <FrameworkReference Include="Microsoft.AspNetCore.App" />
    <PackageReference Include="Microsoft.EntityFrameworkCore" Version="10.0.14" />
    <PackageReference Include="Microsoft.EntityFrameworkCore.Relational" Version="10.0.14" />
    <ProjectReference Include="..\\Bench.Shared\\Bench.Shared.csproj" />
  </ItemGroup>
  <ItemGroup>
    <!-- A library gets only the base SDK's implicit usings; the web ones it uses are declared, as a real module would. -->
    <Using Include="Microsoft.AspNetCore.Builder" />
    <Using Include="Microsoft.AspNetCore.Http" />
    <Using Include="Microsoft.AspNetCore.Routing" />
    <Using Include="Microsoft.Extensions.DependencyInjection" />
    <Using Include="Microsoft.Extensions.Logging" />
  </ItemGroup>
</Project>
"""

ENTITY_NAMES = ["Order", "Invoice", "Customer", "Product", "Shipment", "Payment", "Refund", "Supplier", "Warehouse", "Coupon"]


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return text.count("\n")


def module(root, index):
    name = f"Module{index:03d}"
    base = os.path.join(root, "src", f"Bench.{name}")
    lines = write(os.path.join(base, f"Bench.{name}.csproj"), LIB_PROJECT) * 0
    for number, entity in enumerate(ENTITY_NAMES):
        key = "Guid.NewGuid()" if number == 0 else "Guid.CreateVersion7()"
        lines += write(os.path.join(base, "Domain", f"{entity}.cs"), ENTITY.format(module=name, entity=entity, key=key))
        lines += write(os.path.join(base, "Features", f"{entity}s", f"{entity}Endpoints.cs"), ENDPOINTS.format(module=name, entity=entity, route=f"{name.lower()}/{entity.lower()}s"))
        lines += write(os.path.join(base, "Services", f"{entity}Maintenance.cs"), SERVICE.format(module=name, entity=entity))
    sets = "\n\n".join(f"    public DbSet<{e}> {e}s => Set<{e}>();" for e in ENTITY_NAMES)
    configs = "\n".join(f"        modelBuilder.Entity<{e}>().Property(x => x.Version).IsConcurrencyToken();" for e in ENTITY_NAMES)
    lines += write(os.path.join(base, "Data", f"{name}Db.cs"), DBCONTEXT.format(module=name, sets=sets, configs=configs, schema=name.lower()))
    usings = "\n".join(f"using Bench.{name}.Features.{e}s;" for e in ENTITY_NAMES)
    maps = "\n".join(f"        app.Map{e}s();" for e in ENTITY_NAMES)
    lines += write(os.path.join(base, f"{name}Module.cs"), MODULE.format(module=name, usings=usings, maps=maps))
    return name, lines, 1 + 3 * len(ENTITY_NAMES) + 1


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("output")
    parser.add_argument("--lines", type=int, default=100_000)
    args = parser.parse_args()
    root = os.path.abspath(args.output)
    os.makedirs(root, exist_ok=True)
    write(os.path.join(root, "src", "Bench.Shared", "Bench.Shared.csproj"),
          LIB_PROJECT.replace('    <ProjectReference Include="..\\Bench.Shared\\Bench.Shared.csproj" />\n', ""))
    lines = write(os.path.join(root, "src", "Bench.Shared", "Clock.cs"),
                  "namespace Bench.Shared;\n\npublic interface IClock\n{\n    DateTimeOffset Now { get; }\n}\n")
    files, modules, index = 1, [], 0
    while lines < args.lines:
        index += 1
        name, module_lines, module_files = module(root, index)
        modules.append(name)
        lines += module_lines
        files += module_files
    host = "\n".join(f'    <ProjectReference Include="..\\Bench.{m}\\Bench.{m}.csproj" />' for m in modules)
    write(os.path.join(root, "src", "Bench.Host", "Bench.Host.csproj"),
          f'<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n    <TargetFramework>net10.0</TargetFramework>\n    <Nullable>enable</Nullable>\n    <ImplicitUsings>enable</ImplicitUsings>\n  </PropertyGroup>\n  <ItemGroup>\n{host}\n  </ItemGroup>\n</Project>\n')
    program = "\n".join(f"using Bench.{m};" for m in modules) + "\n\nvar builder = WebApplication.CreateBuilder(args);\n"
    program += "".join(f'builder.Services.Add{m}Module(builder.Configuration.GetConnectionString("{m}")!);\n' for m in modules)
    program += "builder.Services.AddHealthChecks();\nvar app = builder.Build();\napp.MapHealthChecks(\"/health/live\");\n"
    program += "".join(f"app.Map{m}Module();\n" for m in modules) + "app.Run();\n"
    lines += write(os.path.join(root, "src", "Bench.Host", "Program.cs"), program)
    files += 1
    projects = ["src/Bench.Shared/Bench.Shared.csproj", "src/Bench.Host/Bench.Host.csproj"] + [f"src/Bench.{m}/Bench.{m}.csproj" for m in modules]
    write(os.path.join(root, "Bench.slnx"), "<Solution>\n" + "".join(f'  <Project Path="{p}" />\n' for p in projects) + "</Solution>\n")
    print(f"{len(projects)} projects, {files} files, {lines} lines in {root}")


if __name__ == "__main__":
    main()
