namespace Rampart.AspNetCore.Messaging.Outbox;

/// <summary>
/// UUIDv7 ids that strictly increase within the process. <see cref="Guid.CreateVersion7()"/> fills the bits after
/// the millisecond with random data, so two ids of one millisecond may sort backwards; EF Core orders inserts
/// by key, so events added in one SaveChanges would lose their order.
/// </summary>
internal static class MessageIds
{
    private static readonly Lock Gate = new();
    private static UInt128 _last;

    public static Guid Next(DateTimeOffset now)
    {
        var candidate = ToNumber(Guid.CreateVersion7(now));
        lock (Gate)
        {
            if (candidate <= _last)
            {
                // Increment the random tail; the version and variant bits are restored below.
                candidate = _last + 1;
            }

            var id = WithVersionAndVariant(candidate);
            _last = ToNumber(id);
            return id;
        }
    }

    private static UInt128 ToNumber(Guid id)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes, bigEndian: true, out _);
        return new UInt128(
            System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(bytes),
            System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]));
    }

    private static Guid WithVersionAndVariant(UInt128 value)
    {
        Span<byte> bytes = stackalloc byte[16];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(bytes, (ulong)(value >> 64));
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(bytes[8..], (ulong)value);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x70);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
