namespace Rampart.Analyzers.Support.Migrations;

/// <summary>The schema changes the migration-safety rules tell apart.</summary>
internal enum MigrationStepKind
{
    CreateTable,
    AddColumn,
    AlterColumn,
    RenameColumn,
    DropColumn,
    RenameTable,
    DropTable,
    CreateIndex,
    AddUniqueConstraint,
    AddForeignKey,
    AddCheckConstraint,
}
