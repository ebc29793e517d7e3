using System.Buffers.Binary;
using System.Security.Cryptography;

namespace AkoolPS.Simulator;

/// <summary>
/// MongoDB-style ObjectIds (24 lowercase hex): 4 bytes of seconds, 5 random bytes per instance and a
/// 3-byte counter, so ids are unique across threads and across simulators running side by side.
/// </summary>
internal sealed class ObjectIds(TimeProvider clock)
{
    private readonly byte[] _instance = RandomNumberGenerator.GetBytes(5);
    private int _counter = RandomNumberGenerator.GetInt32(0x1000000);

    public string Next()
    {
        Span<byte> id = stackalloc byte[12];
        BinaryPrimitives.WriteUInt32BigEndian(id, (uint)clock.GetUtcNow().ToUnixTimeSeconds());
        _instance.CopyTo(id[4..]);
        var counter = Interlocked.Increment(ref _counter);
        id[9] = (byte)(counter >> 16);
        id[10] = (byte)(counter >> 8);
        id[11] = (byte)counter;
        return Convert.ToHexStringLower(id);
    }
}
