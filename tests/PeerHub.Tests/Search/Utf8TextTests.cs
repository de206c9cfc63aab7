using System.Text;
using PeerHub.Search;
using Xunit;

namespace PeerHub.Tests.Search;

/// <summary>A page's text reaches the index as UTF-8; it must index exactly as the same text given as a string.</summary>
public class Utf8TextTests
{
    [Fact]
    public void Utf8_text_builds_the_same_index_as_the_decoded_string()
    {
        var random = new Random(21);
        string[] words = ["peer", "mentoring", "Tier-2", "naïve", "Ünïcode", "中文", "ﬁle", "İstanbul", "a", "the", "listening", "-", "  ", "—"];
        string Text() => string.Join(' ', Enumerable.Range(0, random.Next(0, 60)).Select(_ => words[random.Next(words.Length)]));
        var texts = Enumerable.Range(0, 200).Select(_ => (Title: Text(), Body: Text())).ToList();

        string Build(Func<string, SearchValue> body) => new LunrIndexBuilder(positionFields: SiteSearchIndex.HighlightedFields).Build(
            SiteSearchIndex.Fields,
            texts.Select((t, i) => new SearchDocument($"p/{i}/", new Dictionary<string, SearchValue> { ["title"] = t.Title, ["body"] = body(t.Body) })));

        var fromStrings = Build(text => text);
        Assert.Equal(fromStrings, Build(text => SearchValue.Utf8Text(Encoding.UTF8.GetBytes(text))));
        Assert.Contains("\"listen\"", fromStrings);   // the bodies did reach the index, stemmed
    }
}
