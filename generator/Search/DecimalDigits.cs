namespace PeerHub.Search;

/// <summary>Decimal digits of unsigned integers, without a culture or a format string to parse.</summary>
internal static class DecimalDigits
{
    public static int Count(ulong value)
    {
        int digits = 1;
        while (value >= 10)
        {
            value /= 10;
            digits++;
        }

        return digits;
    }

    /// <returns>The number of bytes written.</returns>
    public static int Write(ulong value, Span<byte> destination)
    {
        int digits = Count(value);
        for (int i = digits - 1; i > 0; i--)
        {
            ulong rest = value / 10;
            destination[i] = (byte)('0' + (value - rest * 10));
            value = rest;
        }

        destination[0] = (byte)('0' + value);
        return digits;
    }
}
