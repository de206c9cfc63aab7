using System.Text;
using PeerHub.Templates;
using Xunit;

namespace PeerHub.Tests.Templates;

/// <summary>
/// The page buffer: a page longer than a block goes on in blocks and is joined once, and what it gives back is
/// exactly what was written, whatever the sizes of the writes and wherever they cross a block's end.
/// </summary>
public class PageOutputTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void What_is_written_comes_back_exactly_across_blocks_and_pages(int seed)
    {
        var random = new Random(seed);
        var output = new PageOutput(() => default);
        // Pages of every size class in turn on one buffer: small, about a block, and several blocks long.
        foreach (var pageChars in new[] { 10_000, PageOutput.BlockChars - 3, PageOutput.BlockChars + 1, 3_500_000, 200, 2 * PageOutput.BlockChars })
        {
            output.Clear();
            var expected = new StringBuilder();
            while (expected.Length < pageChars)
            {
                // Writes of 0 to 300,000 characters, taken from the middle of a longer string as Scriban passes them.
                var count = Math.Min(pageChars - expected.Length, random.Next(4) == 0 ? random.Next(300_000) : random.Next(200));
                var offset = random.Next(50);
                var text = new string((char)('a' + random.Next(26)), offset) + RandomText(random, count) + "tail";
                output.Write(text, offset, count);
                expected.Append(text, offset, count);
            }
            Assert.Equal(expected.Length, output.Length);
            Assert.Equal(expected.ToString(), output.Written.ToString());
        }
    }

    [Fact]
    public void A_page_past_the_limit_overflows_and_the_next_page_starts_clean()
    {
        var output = new PageOutput(() => default);
        var chunk = new string('x', 10_000_000);
        for (var i = 0; i < 5; i++) output.Write(chunk, 0, chunk.Length);
        Assert.Throws<Scriban.Syntax.ScriptRuntimeException>(() => output.Write("y", 0, 1));
        Assert.True(output.Overflowed);

        output.Clear();
        output.Write("<p>next</p>", 0, 11);
        Assert.False(output.Overflowed);
        Assert.Equal("<p>next</p>", output.Written.ToString());
    }

    private static string RandomText(Random random, int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++) chars[i] = (char)(' ' + random.Next(95));
        return new string(chars);
    }
}
