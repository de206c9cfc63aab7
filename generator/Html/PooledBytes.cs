using System.Buffers;

namespace PeerHub.Html;

/// <summary>
/// A page's final bytes in a buffer rented from the shared array pool, handed from the post-processor to the output
/// and given back to the pool once written. A new array for every page was about a fifth of all a build allocated
/// (476 MB at 10,000 pages), much of it on the large object heap, and it lived until the writer thread took it.
/// </summary>
/// <remarks>Owned by one reader at a time; <see cref="Dispose"/> (or <see cref="ToArray"/>) ends it.</remarks>
public sealed class PooledBytes : IDisposable
{
    private byte[]? _buffer;

    /// <param name="buffer">Rented from <see cref="ArrayPool{T}.Shared"/>; this object now returns it.</param>
    internal PooledBytes(byte[] buffer, int length)
    {
        _buffer = buffer;
        Length = length;
    }

    public int Length { get; }

    public ReadOnlySpan<byte> Span => (_buffer ?? throw new ObjectDisposedException(nameof(PooledBytes))).AsSpan(0, Length);

    /// <summary>The bytes as an array of their own; the buffer goes back to the pool.</summary>
    public byte[] ToArray()
    {
        // Not zeroed first: every byte is copied over at once.
        var bytes = GC.AllocateUninitializedArray<byte>(Length);
        Span.CopyTo(bytes);
        Dispose();
        return bytes;
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _buffer, null) is { } buffer) ArrayPool<byte>.Shared.Return(buffer);
    }
}
