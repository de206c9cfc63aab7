namespace PeerHub.Search;

/// <summary>JavaScript's <c>Math</c> functions lunr's scores depend on, bit for bit.</summary>
internal static class JsMath
{
    private static readonly double Ln2Hi = BitConverter.Int64BitsToDouble(0x3fe62e42fee00000);
    private static readonly double Ln2Lo = BitConverter.Int64BitsToDouble(0x3dea39ef35793c76);
    private static readonly double Two54 = BitConverter.Int64BitsToDouble(0x4350000000000000);
    private static readonly double Lg1 = BitConverter.Int64BitsToDouble(0x3fe5555555555593);
    private static readonly double Lg2 = BitConverter.Int64BitsToDouble(0x3fd999999997fa04);
    private static readonly double Lg3 = BitConverter.Int64BitsToDouble(0x3fd2492494229359);
    private static readonly double Lg4 = BitConverter.Int64BitsToDouble(0x3fcc71c51d8e78af);
    private static readonly double Lg5 = BitConverter.Int64BitsToDouble(0x3fc7466496cb03de);
    private static readonly double Lg6 = BitConverter.Int64BitsToDouble(0x3fc39a09d078c69f);
    private static readonly double Lg7 = BitConverter.Int64BitsToDouble(0x3fc2f112df3e5244);

    /// <summary>
    /// <c>Math.log</c> as V8 computes it: fdlibm's <c>__ieee754_log</c> (V8's <c>base::ieee754::log</c>), operation for
    /// operation. .NET's <see cref="Math.Log(double)"/> calls the C library, whose results differ from fdlibm's by one
    /// ulp for about one argument in thirteen of lunr's idf (N = 3, df = 1 already), enough to move a rounded score.
    /// </summary>
    public static double Log(double x)
    {
        long bits = BitConverter.DoubleToInt64Bits(x);
        int hx = (int)(bits >> 32);
        int k = 0;
        if (hx < 0x00100000)
        {
            // x < 2^-1022: zero, negative or subnormal.
            if ((bits & long.MaxValue) == 0)
            {
                return double.NegativeInfinity;
            }

            if (hx < 0)
            {
                return double.NaN;
            }

            k -= 54;
            x *= Two54;
            bits = BitConverter.DoubleToInt64Bits(x);
            hx = (int)(bits >> 32);
        }

        if (hx >= 0x7ff00000)
        {
            return x + x;
        }

        k += (hx >> 20) - 1023;
        hx &= 0x000fffff;
        int i = (hx + 0x95f64) & 0x100000;

        // Normalise x or x / 2 into [sqrt(2)/2, sqrt(2)).
        x = BitConverter.Int64BitsToDouble(((long)(hx | (i ^ 0x3ff00000)) << 32) | (uint)bits);
        k += i >> 20;
        double f = x - 1.0;
        double dk;
        double r;
        if ((0x000fffff & (2 + hx)) < 3)
        {
            // -2^-20 <= f < 2^-20
            if (f == 0)
            {
                if (k == 0)
                {
                    return 0;
                }

                dk = k;
                return dk * Ln2Hi + dk * Ln2Lo;
            }

            r = f * f * (0.5 - 0.33333333333333333 * f);
            if (k == 0)
            {
                return f - r;
            }

            dk = k;
            return dk * Ln2Hi - ((r - dk * Ln2Lo) - f);
        }

        double s = f / (2.0 + f);
        dk = k;
        double z = s * s;
        i = hx - 0x6147a;
        double w = z * z;
        int j = 0x6b851 - hx;
        double t1 = w * (Lg2 + w * (Lg4 + w * Lg6));
        double t2 = z * (Lg1 + w * (Lg3 + w * (Lg5 + w * Lg7)));
        i |= j;
        r = t2 + t1;
        if (i > 0)
        {
            double hfsq = 0.5 * f * f;
            if (k == 0)
            {
                return f - (hfsq - s * (hfsq + r));
            }

            return dk * Ln2Hi - ((hfsq - (s * (hfsq + r) + dk * Ln2Lo)) - f);
        }

        if (k == 0)
        {
            return f - s * (f - r);
        }

        return dk * Ln2Hi - ((s * (f - r) - dk * Ln2Lo) - f);
    }
}
