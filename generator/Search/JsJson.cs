using System.Buffers;
using System.Text;

namespace PeerHub.Search;

/// <summary>
/// Strings written exactly as JavaScript's <c>JSON.stringify</c> writes them (ES2019 well-formed stringify):
/// <c>"</c> and <c>\</c> escaped, the C0 controls as <c>\b \t \n \f \r</c> or <c>\u00xx</c> in lower-case hex,
/// a lone surrogate as <c>\udxxx</c>, and every other character raw, as UTF-8 (DEL, C1 controls, U+2028, U+2029,
/// private use and astral characters included). System.Text.Json's encoders escape many of those, in upper-case
/// hex, and refuse lone surrogates, so the index would differ from lunr.js's bytes or not be written at all.
/// </summary>
internal static class JsJson
{
    // What cannot be copied as plain UTF-8: the controls, the two escaped ASCII characters, and surrogates
    // (a well-formed pair is copied, a lone one escaped).
    private static readonly SearchValues<char> Special = SearchValues.Create(
        Enumerable.Range(0, 0x20).Select(c => (char)c).Concat(['"', '\\']).Concat(Enumerable.Range(0xd800, 0x800).Select(c => (char)c)).ToArray());

    private static ReadOnlySpan<byte> HexDigits => "0123456789abcdef"u8;

    /// <summary>The UTF-8 bytes of <c>JSON.stringify(text)</c> without the surrounding quotes.</summary>
    public static byte[] Encode(ReadOnlySpan<char> text)
    {
        var bytes = GC.AllocateUninitializedArray<byte>(EncodedLength(text));
        Encode(text, bytes);
        return bytes;
    }

    /// <summary>How many bytes <see cref="Encode(ReadOnlySpan{char}, Span{byte})"/> writes.</summary>
    public static int EncodedLength(ReadOnlySpan<char> text)
    {
        int length = 0;
        while (true)
        {
            int run = text.IndexOfAny(Special);
            if (run < 0)
            {
                return length + Encoding.UTF8.GetByteCount(text);
            }

            length += Encoding.UTF8.GetByteCount(text[..run]);
            text = text[run..];
            length += SpecialLength(text, out int consumed);
            text = text[consumed..];
        }
    }

    /// <summary>Writes the UTF-8 bytes of <c>JSON.stringify(text)</c>, quotes excluded; returns how many.</summary>
    public static int Encode(ReadOnlySpan<char> text, Span<byte> destination)
    {
        int written = 0;
        while (true)
        {
            int run = text.IndexOfAny(Special);
            if (run < 0)
            {
                return written + Encoding.UTF8.GetBytes(text, destination[written..]);
            }

            written += Encoding.UTF8.GetBytes(text[..run], destination[written..]);
            text = text[run..];
            written += WriteSpecial(text, destination[written..], out int consumed);
            text = text[consumed..];
        }
    }

    private static int SpecialLength(ReadOnlySpan<char> text, out int consumed)
    {
        char c = text[0];
        consumed = 1;
        if (char.IsHighSurrogate(c) && text.Length > 1 && char.IsLowSurrogate(text[1]))
        {
            consumed = 2;
            return 4;
        }

        return c is '"' or '\\' or '\b' or '\t' or '\n' or '\f' or '\r' ? 2 : 6;
    }

    private static int WriteSpecial(ReadOnlySpan<char> text, Span<byte> destination, out int consumed)
    {
        char c = text[0];
        consumed = 1;
        if (char.IsHighSurrogate(c) && text.Length > 1 && char.IsLowSurrogate(text[1]))
        {
            consumed = 2;
            return new Rune(c, text[1]).EncodeToUtf8(destination);
        }

        byte shortForm = c switch
        {
            '"' => (byte)'"',
            '\\' => (byte)'\\',
            '\b' => (byte)'b',
            '\t' => (byte)'t',
            '\n' => (byte)'n',
            '\f' => (byte)'f',
            '\r' => (byte)'r',
            _ => 0,
        };
        destination[0] = (byte)'\\';
        if (shortForm != 0)
        {
            destination[1] = shortForm;
            return 2;
        }

        destination[1] = (byte)'u';
        destination[2] = HexDigits[c >> 12];
        destination[3] = HexDigits[(c >> 8) & 0xf];
        destination[4] = HexDigits[(c >> 4) & 0xf];
        destination[5] = HexDigits[c & 0xf];
        return 6;
    }
}
