using System.Text;
using System.Text.Json;
using PeerHub.Search;
using Xunit;

namespace PeerHub.Tests.Search;

public sealed class PorterStemmerTests
{
    private const string Dictionary = "/usr/share/dict/american-english";

    [Fact]
    public void Stemmer_matches_lunr_on_wamerican_vocabulary()
    {
        // Given every distinct lower-cased word of Debian's wamerican list
        if (!File.Exists(Dictionary))
        {
            Assert.Fail($"{Dictionary} is missing. Install Debian's word list: apt-get update && apt-get install -y wamerican");
        }

        var words = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(Dictionary))
        {
            string word = JsText.ToLower(line.Trim());
            if (word.Length > 0)
            {
                words.Add(word);
            }
        }

        Assert.True(words.Count >= 20_000, $"only {words.Count} words in {Dictionary}");
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("words.txt"), string.Join('\n', words) + "\n", new UTF8Encoding(false));

        // When lunr.stemmer stems them in node
        LunrNode.Run("stem", temp.File("words.txt"), temp.File("stems.txt"));
        var expected = File.ReadAllLines(temp.File("stems.txt"), Encoding.UTF8);

        // Then ours agrees on every word
        Assert.Equal(words.Count, expected.Length);
        var mismatches = new List<string>();
        int i = 0;
        foreach (string word in words)
        {
            string actual = PorterStemmer.Stem(word);
            if (actual != expected[i])
            {
                mismatches.Add($"{word}: lunr {expected[i]}, ours {actual}");
            }

            i++;
        }

        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {words.Count} words differ:\n" + string.Join("\n", mismatches.Take(30)));
    }

    [Fact]
    public void Stemmer_matches_lunr_stemming_vocab_fixture()
    {
        string fixture = Path.Combine(LunrNode.LunrDirectory, "test", "fixtures", "stemming_vocab.json");
        if (!File.Exists(fixture))
        {
            Assert.Fail($"{fixture} is missing. Run `npm ci` in themes/default.");
        }

        using var doc = JsonDocument.Parse(File.ReadAllText(fixture));
        int count = 0;
        foreach (var pair in doc.RootElement.EnumerateObject())
        {
            Assert.Equal(pair.Value.GetString(), PorterStemmer.Stem(pair.Name));
            count++;
        }

        Assert.True(count >= 80, $"only {count} fixture words");
    }

    [Theory]
    [InlineData("generalisation", "generalis")]
    [InlineData("possibly", "possibl")] // lunr maps "bli" to "ble", then step 5 drops the e
    [InlineData("archaeology", "archaeolog")] // "logi" to "log"
    [InlineData("yoga", "yoga")] // a leading y is a consonant, restored to lower case
    [InlineData("by", "by")] // under 3 characters: untouched
    [InlineData("caresses", "caress")]
    [InlineData("hopping", "hop")]
    [InlineData("relational", "relat")]
    [InlineData("", "")]
    public void Stemmer_reproduces_lunr_departures_and_classic_cases(string word, string stem)
    {
        Assert.Equal(stem, PorterStemmer.Stem(word));
    }
}
