namespace Rampart.AspNetCore.Data.Idempotency;

/// <summary>Names of the idempotency table, shared by the model mapping and the migration.</summary>
public static class IdempotencyTable
{
    /// <summary>The table name.</summary>
    public const string Name = "idempotency_keys";

    /// <summary>The primary key's name.</summary>
    public const string PrimaryKey = "pk_idempotency_keys";

    /// <summary>The index that serves the clean-up of expired keys.</summary>
    public const string ExpiresAtIndex = "ix_idempotency_keys_expires_at";
}
