using System.Globalization;

namespace PeerHub.Search;

/// <summary>
/// Formats doubles the way JavaScript's <c>Number.prototype.toString</c> (and so <c>JSON.stringify</c>)
/// does: the shortest digits that round-trip, integers without ".0", plain notation from 1e-6 up to
/// 1e21 and "1e+21" / "1e-7" style exponents outside it, "-0" written as "0", NaN and infinities as null.
/// </summary>
internal static class JsNumber
{
    /// <summary>Largest output: sign, 17 digits, point, "e-324".</summary>
    public const int MaxLength = 32;

    /// <summary>Formats <paramref name="value"/> as ASCII into <paramref name="destination"/>.</summary>
    /// <returns>The number of bytes written.</returns>
    public static int Format(double value, Span<byte> destination)
    {
        if (!double.IsFinite(value))
        {
            "null"u8.CopyTo(destination);
            return 4;
        }

        if (value == 0)
        {
            destination[0] = (byte)'0';
            return 1;
        }

        // .NET's "R" already yields the shortest round-trip digits; only its layout differs (it
        // switches to "E+15"/"E-05" exponents where JavaScript still writes plain digits).
        Span<byte> raw = stackalloc byte[MaxLength];
        value.TryFormat(raw, out int rawLength, "R", CultureInfo.InvariantCulture);
        raw = raw[..rawLength];
        int e = raw.IndexOf((byte)'E');
        if (e < 0)
        {
            raw.CopyTo(destination);
            return rawLength;
        }

        int pos = 0;
        int start = 0;
        if (raw[0] == '-')
        {
            destination[pos++] = (byte)'-';
            start = 1;
        }

        Span<byte> digits = stackalloc byte[20];
        int k = 0;
        for (int i = start; i < e; i++)
        {
            if (raw[i] != '.')
            {
                digits[k++] = raw[i];
            }
        }

        int exponent = int.Parse(raw[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

        // n is where the decimal point goes relative to the digits (ECMA-262 Number::toString).
        int n = exponent + 1;
        if (k <= n && n <= 21)
        {
            digits[..k].CopyTo(destination[pos..]);
            pos += k;
            for (int i = 0; i < n - k; i++)
            {
                destination[pos++] = (byte)'0';
            }
        }
        else if (0 < n && n <= 21)
        {
            digits[..n].CopyTo(destination[pos..]);
            pos += n;
            destination[pos++] = (byte)'.';
            digits[n..k].CopyTo(destination[pos..]);
            pos += k - n;
        }
        else if (-6 < n && n <= 0)
        {
            destination[pos++] = (byte)'0';
            destination[pos++] = (byte)'.';
            for (int i = 0; i < -n; i++)
            {
                destination[pos++] = (byte)'0';
            }

            digits[..k].CopyTo(destination[pos..]);
            pos += k;
        }
        else
        {
            destination[pos++] = digits[0];
            if (k > 1)
            {
                destination[pos++] = (byte)'.';
                digits[1..k].CopyTo(destination[pos..]);
                pos += k - 1;
            }

            destination[pos++] = (byte)'e';
            destination[pos++] = n - 1 >= 0 ? (byte)'+' : (byte)'-';
            (Math.Abs(n - 1)).TryFormat(destination[pos..], out int expLength, default, CultureInfo.InvariantCulture);
            pos += expLength;
        }

        return pos;
    }

    /// <summary>
    /// Formats <c>thousandths / 1000</c> for an integral <paramref name="thousandths"/>, exactly as
    /// <see cref="Format"/> would, but from the integer's digits when it is below 1e15 (every index score).
    /// </summary>
    /// <remarks>
    /// The division is correctly rounded, so the double is the nearest to the decimal k/1000, which therefore
    /// round-trips; and below 1e12 the double's rounding interval is far narrower than 0.001, so no decimal
    /// with fewer digits round-trips too. Hence the shortest digits are k's, with the point three places in.
    /// </remarks>
    /// <returns>The number of bytes written.</returns>
    public static int FormatThousandths(double thousandths, Span<byte> destination)
    {
        if (!IsSmallInteger(thousandths))
        {
            return Format(thousandths / 1000, destination);
        }

        int pos = 0;
        if (thousandths < 0)
        {
            destination[pos++] = (byte)'-';
        }

        ulong magnitude = (ulong)Math.Abs(thousandths);
        pos += DecimalDigits.Write(magnitude / 1000, destination[pos..]);
        int fraction = (int)(magnitude % 1000);
        if (fraction != 0)
        {
            destination[pos++] = (byte)'.';
            destination[pos++] = (byte)('0' + fraction / 100);
            if (fraction % 100 != 0)
            {
                destination[pos++] = (byte)('0' + fraction / 10 % 10);
                if (fraction % 10 != 0)
                {
                    destination[pos++] = (byte)('0' + fraction % 10);
                }
            }
        }

        return pos;
    }

    /// <summary>The length <see cref="FormatThousandths"/> writes.</summary>
    public static int ThousandthsLength(double thousandths)
    {
        if (!IsSmallInteger(thousandths))
        {
            Span<byte> buffer = stackalloc byte[MaxLength];
            return Format(thousandths / 1000, buffer);
        }

        ulong magnitude = (ulong)Math.Abs(thousandths);
        int fraction = (int)(magnitude % 1000);
        int length = (thousandths < 0 ? 1 : 0) + DecimalDigits.Count(magnitude / 1000);
        return fraction == 0 ? length : length + (fraction % 10 != 0 ? 4 : fraction % 100 != 0 ? 3 : 2);
    }

    // Zero (of either sign) is excluded: -0 must print as "0", which the general path does.
    private static bool IsSmallInteger(double value) =>
        value != 0 && Math.Abs(value) < 1e15 && value == Math.Floor(value);

    /// <summary>Formats <paramref name="value"/> as a string (for tests and diagnostics).</summary>
    public static string ToString(double value)
    {
        Span<byte> buffer = stackalloc byte[MaxLength];
        int length = Format(value, buffer);
        return System.Text.Encoding.ASCII.GetString(buffer[..length]);
    }

    /// <summary>
    /// JavaScript's <c>Math.round</c>: the nearest integer, halves towards +infinity. Computed exactly
    /// (x - floor(x) has no rounding error), unlike <c>Math.Floor(x + 0.5)</c>, which turns
    /// 0.49999999999999994 into 1.
    /// </summary>
    public static double Round(double x)
    {
        double floor = Math.Floor(x);
        return x - floor >= 0.5 ? floor + 1 : floor;
    }
}
