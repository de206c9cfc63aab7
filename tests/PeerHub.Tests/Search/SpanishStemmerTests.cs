using System.Text;
using PeerHub.Search;
using Xunit;
using Xunit.Abstractions;

namespace PeerHub.Tests.Search;

/// <summary>
/// The Spanish stemmer (stemmer-es) against lunr-languages 1.22.0's own <c>lunr.es.stemmer</c>, run under node on
/// every word of Debian's Spanish word list, and on the cases that show what it does.
/// </summary>
public sealed class SpanishStemmerTests(ITestOutputHelper output)
{
    private const string Dictionary = "/usr/share/dict/spanish";

    [Fact]
    public void Stemmer_matches_lunr_languages_on_the_wspanish_vocabulary()
    {
        // Given every distinct lower-cased word of Debian's wspanish list
        if (!File.Exists(Dictionary))
        {
            Assert.Fail($"{Dictionary} is missing. Install Debian's Spanish word list: apt-get update && apt-get install -y wspanish");
        }

        var words = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(Dictionary, Encoding.UTF8))
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

        // When lunr.es.stemmer stems them in node
        LunrNode.Run("es-stem", temp.File("words.txt"), temp.File("stems.txt"));
        var expected = File.ReadAllLines(temp.File("stems.txt"), Encoding.UTF8);

        // Then ours agrees on every word
        Assert.Equal(words.Count, expected.Length);
        var mismatches = new List<string>();
        int i = 0, changed = 0;
        foreach (string word in words)
        {
            string actual = SpanishStemmer.Stem(word);
            if (actual != expected[i])
            {
                mismatches.Add($"{word}: lunr-languages {expected[i]}, ours {actual}");
            }

            changed += actual == word ? 0 : 1;
            i++;
        }

        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {words.Count} words differ:\n" + string.Join("\n", mismatches.Take(30)));
        Assert.True(changed > words.Count / 2, $"only {changed} of {words.Count} words were changed by the stemmer");
        output.WriteLine($"{words.Count} words of {Dictionary} stemmed identically to lunr-languages ({changed} changed by the stemmer)");
    }

    [Fact]
    public void Stemmer_matches_lunr_languages_on_words_outside_the_dictionary()
    {
        // Verb forms with attached pronouns, gu/y endings, every accented vowel, digits, other scripts and odd lengths.
        string[] words =
        [
            "", "a", "á", "ü", "ñ", "ya", "yo", "oí", "aéreo", "escuchando", "escuchar", "escúchame", "escuchándola",
            "diciéndoselo", "dándoselo", "hablándole", "acompañándolos", "poniéndose", "comérselas", "irse", "oírlos",
            "huyendo", "cayeron", "arguyo", "averigüé", "sigue", "siguen", "distinguió", "averiguar", "pingüino",
            "rápidamente", "felizmente", "abiertamente", "posiblemente", "amabilidad", "actividad", "creatividad",
            "confidencialidad", "informaciones", "tecnologías", "sociólogo", "diferencia", "diferencias", "iguales",
            "compañerismo", "2024", "3º", "1.º", "v2.0", "o'brien", "çedilla", "ørsted", "ǆ", "ﬁesta", "ａｂｃ",
            "ελληνικά", "русский", "日本語", "😀", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmente",
            "ieron", "aron", "ando", "imientos", "amente", "uciones", "logías", "selos", "nos", "amos", "áis", "éis",
        ];
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("words.txt"), string.Join('\n', words) + "\n", new UTF8Encoding(false));
        LunrNode.Run("es-stem", temp.File("words.txt"), temp.File("stems.txt"));
        var expected = File.ReadAllLines(temp.File("stems.txt"), Encoding.UTF8);
        Assert.Equal(words.Length, expected.Length);
        for (int i = 0; i < words.Length; i++)
        {
            Assert.True(expected[i] == SpanishStemmer.Stem(words[i]), $"{words[i]}: lunr-languages {expected[i]}, ours {SpanishStemmer.Stem(words[i])}");
            Assert.Equal(expected[i], SpanishStemmer.Stem(words[i].AsSpan()));
        }
    }

    [Theory]
    [InlineData("escuchando", "escuch")] // a gerund and its infinitive share the stem
    [InlineData("escuchar", "escuch")]
    [InlineData("compañeros", "compañer")] // ñ is kept
    [InlineData("niños", "niñ")]
    [InlineData("confidencialidad", "confidencial")]
    [InlineData("información", "inform")] // -ación goes in R2
    [InlineData("tecnología", "tecnolog")] // -logía becomes -log
    [InlineData("tecnologia", "tecnologi")] // no accent folding: the unaccented spelling is another stem
    [InlineData("ayuda", "ayud")]
    [InlineData("2024", "2024")]
    [InlineData("", "")]
    public void Stemmer_reproduces_lunr_languages_on_classic_cases(string word, string stem)
    {
        Assert.Equal(stem, SpanishStemmer.Stem(word));
    }

    [Fact]
    public void Stemmer_gives_the_same_stems_on_many_threads()
    {
        // The index builder stems new tokens from its analysis threads.
        string[] words = ["escuchando", "compañeros", "confidencialidad", "información", "diciéndoselo", "pingüino", "rápidamente"];
        var expected = words.Select(SpanishStemmer.Stem).ToArray();
        Parallel.For(0, 20_000, i => Assert.Equal(expected[i % words.Length], SpanishStemmer.Stem(words[i % words.Length].AsSpan())));
    }
}
