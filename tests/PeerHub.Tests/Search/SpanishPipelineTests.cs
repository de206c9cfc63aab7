using System.Text;
using System.Text.Json;
using PeerHub.Search;
using Xunit;

namespace PeerHub.Tests.Search;

/// <summary>
/// The Spanish trimmer (trimmer-es), stop-word filter (stopWordFilter-es) and both pipelines against lunr-languages
/// 1.22.0 itself under node: on every UTF-16 code unit, on tricky tokens (digits, ñ, accents, punctuation, ¿¡«»,
/// apostrophes) and on every stop word.
/// </summary>
public sealed class SpanishPipelineTests
{
    /// <summary>Tokens as lunr's tokenizer hands them on: lower-cased, split on whitespace and hyphens.</summary>
    private static readonly string[] TrickyTokens =
    [
        "", "¿qué?", "¿qué", "qué?", "¡hola!", "«niños»", "»niños«", "‹compañeros›", "\"ayuda\"", "'ayuda'", "‘ayuda’",
        "“ayuda”", "o'brien", "d'alessandro", "l'eixample", "rock'n'roll", "'", "''", "’", "año", "años", "ñ", "ñandú",
        "pingüino", "ü", "á", "é", "í", "ó", "ú", "à", "è", "ç", "çedilla", "ørsted", "æ", "œ", "ß", "ǆ", "ﬁesta",
        "ａｂｃ", "ⅻ", "ª", "º", "1.º", "2º", "3ª", "nº", "n.º", "2024", "2024-2025", "(2024)", "24h", "3,50", "3,50€",
        "€", "100%", "%", "87%", "5", "0", "007", "v2.0", "1.", ".1", "_", "_x_", "__init__", "x_y", "a.b", "e.g.",
        "correo@centro.es", "#etiqueta", "@usuario", "…", "...", "—", "–", "¡¡¡", "???", "¿¡!?", "(nota)", "[ver]",
        "{x}", "<b>", "a/b", "/", "\\", "ελληνικά", "русский", "日本語", "😀", "😀ayuda😀", "ayuda😀", "\u00ad", "a\u0301",
        "á\u0301", "\u200b", "ḿ", "ẞ", "ɐ", "ʸ", "ˠ", "ᴀ", "ⱥ", "ꜳ", "ꭰ", "ꬰ", "ﬀ", "ﬆ", "ﬓ",
        "de", "la", "que", "el", "en", "y", "a", "los", "del", "se", "las", "por", "un", "para", "con", "no", "una",
        "su", "al", "lo", "como", "más", "mas", "pero", "sus", "le", "ya", "o", "este", "sí", "si", "porque", "esta",
        "está", "entre", "cuando", "muy", "sin", "sobre", "también", "tambien", "me", "hasta", "hay", "donde", "quien",
        "desde", "todo", "nos", "durante", "todos", "uno", "les", "ni", "contra", "otros", "ese", "eso", "ante", "ellos",
        "e", "esto", "mí", "mi", "antes", "algunos", "qué", "unos", "yo", "otro", "otras", "otra", "él", "el", "tanto",
        "esa", "estos", "mucho", "quienes", "nada", "muchos", "cual", "poco", "ella", "estar", "estas", "algunas", "algo",
        "nosotros", "¿de", "de?", "«la»", "éramos", "eramos", "tú", "tu", "constructor", "__proto__", "hasownproperty",
        "tostring", "valueof", "escuchando", "escuchar", "confidencialidad", "ayuda", "compañeros", "niños",
    ];

    [Fact]
    public void Trimmer_keeps_exactly_the_code_units_lunr_es_keeps()
    {
        // Given every UTF-16 code unit as a one-character token, trimmed by lunr.es.trimmer in node
        using var temp = new TempDirectory();
        LunrNode.Run("es-trim-table", "-", temp.File("table.txt"));
        string table = File.ReadAllText(temp.File("table.txt"));
        Assert.Equal(65536, table.Length);

        // Then ours keeps the same ones: the language's word characters and the ASCII digits 1.22.0 adds
        var differences = new List<string>();
        for (int c = 0; c <= 0xFFFF; c++)
        {
            bool kept = SpanishTrimmer.Trim(((char)c).ToString()).Length == 1;
            if (kept != (table[c] == '1'))
            {
                differences.Add($"U+{c:X4}: lunr.es {(table[c] == '1' ? "keeps" : "strips")} it, ours {(kept ? "keeps" : "strips")} it");
            }
        }

        Assert.True(differences.Count == 0, string.Join("\n", differences.Take(30)));
        Assert.Equal('1', table['7']);
        Assert.Equal('1', table['ñ']);
        Assert.Equal('0', table['_']);
        Assert.Equal('0', table['\'']);
    }

    [Fact]
    public void Trimmer_stop_word_filter_and_both_pipelines_match_lunr_es_on_tricky_tokens_and_every_stop_word()
    {
        // Given tricky tokens, every stop word of lunr.es and each stop word with an accent dropped or added
        var tokens = new List<string>(TrickyTokens);
        foreach (string word in SpanishStopWordFilter.Words)
        {
            tokens.Add(word);
            tokens.Add("¿" + word + "?");
            tokens.Add(Fold(word));
            tokens.Add(word + "s");
        }

        tokens = tokens.Distinct(StringComparer.Ordinal).ToList();
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("tokens.json"), JsonSerializer.Serialize(tokens), new UTF8Encoding(false));

        // When lunr.es runs its trimmer, its stop-word filter and both pipelines of this.use(lunr.es) on them
        LunrNode.Run("es-tokens", temp.File("tokens.json"), temp.File("out.json"));
        using var result = JsonDocument.Parse(File.ReadAllText(temp.File("out.json")));

        // Then the pipelines are the ones SearchLanguage.Spanish names
        Assert.Equal(SearchLanguage.Spanish.IndexPipeline, result.RootElement.GetProperty("indexPipeline").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(SearchLanguage.Spanish.SearchPipeline, result.RootElement.GetProperty("searchPipeline").EnumerateArray().Select(e => e.GetString()));

        // And every token is trimmed, filtered and turned into the same terms
        var failures = new List<string>();
        int stopped = 0;
        foreach (var entry in result.RootElement.GetProperty("tokens").EnumerateArray())
        {
            string token = entry.GetProperty("token").GetString()!;
            string trimmed = entry.GetProperty("trimmed").GetString()!;
            bool stop = entry.GetProperty("stop").GetBoolean();
            var index = entry.GetProperty("index").EnumerateArray().Select(e => e.GetString()!).ToList();
            var search = entry.GetProperty("search").EnumerateArray().Select(e => e.GetString()!).ToList();

            string ourTrimmed = SpanishTrimmer.Trim(token);
            bool ourStop = SpanishStopWordFilter.IsStopWord(ourTrimmed);
            string? ourIndex = SearchLanguage.Spanish.RunIndexPipeline(token);
            string ourSearch = SearchLanguage.Spanish.RunSearchPipeline(token);
            if (ourTrimmed != trimmed) failures.Add($"`{token}` trimmed: lunr.es `{trimmed}`, ours `{ourTrimmed}`");
            if (ourStop != stop) failures.Add($"`{token}` stop word: lunr.es {stop}, ours {ourStop}");
            if (!index.SequenceEqual(ourIndex is null ? [] : [ourIndex])) failures.Add($"`{token}` indexed: lunr.es [{string.Join(",", index)}], ours {ourIndex ?? "(dropped)"}");
            if (!search.SequenceEqual([ourSearch])) failures.Add($"`{token}` searched: lunr.es [{string.Join(",", search)}], ours {ourSearch}");
            stopped += stop ? 1 : 0;
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(30)));
        Assert.True(stopped >= SpanishStopWordFilter.Words.Count, $"only {stopped} tokens were stop words");
    }

    [Theory]
    [InlineData("¿qué?", "qué")]
    [InlineData("«niños»", "niños")]
    [InlineData("2024", "2024")] // 1.22.0's trimmer keeps ASCII digits
    [InlineData("(2024)", "2024")]
    [InlineData("100%", "100")]
    [InlineData("o'brien", "o'brien")] // an apostrophe inside a token stays
    [InlineData("'ayuda'", "ayuda")]
    [InlineData("_x_", "x")] // unlike lunr's English trimmer, the underscore is not a word character
    [InlineData("café", "café")] // unlike lunr's English trimmer, accented letters are
    [InlineData("—", "")]
    public void Trimmer_examples(string token, string trimmed)
    {
        Assert.Equal(trimmed, SpanishTrimmer.Trim(token));
    }

    [Fact]
    public void The_languages_name_their_pipelines_as_lunr_serialises_them()
    {
        Assert.Equal(["trimmer", "stopWordFilter", "stemmer"], SearchLanguage.English.IndexPipeline);
        Assert.Equal(["stemmer"], SearchLanguage.English.SearchPipeline);
        Assert.Equal(["trimmer-es", "stopWordFilter-es", "stemmer-es"], SearchLanguage.Spanish.IndexPipeline);
        Assert.Equal(["trimmer-es", "stemmer-es"], SearchLanguage.Spanish.SearchPipeline);
        Assert.Equal(["js/vendor/lunr.stemmer.support.js", "js/vendor/lunr.es.js"], SearchLanguage.Spanish.BrowserScripts);
        Assert.Empty(SearchLanguage.English.BrowserScripts);
        Assert.Same(SearchLanguage.Spanish, SearchLanguage.Find("es"));
        Assert.Same(SearchLanguage.Spanish, SearchLanguage.Find("es-MX"));
        Assert.Same(SearchLanguage.English, SearchLanguage.Find("en-US"));
        Assert.Null(SearchLanguage.Find("fr"));
        Assert.Null(SearchLanguage.Find(null));
        Assert.Equal(308, SpanishStopWordFilter.Words.Count);
    }

    // The accent-folded spelling, as lunr.es's opt-in accentFold-es would make it (to check the filter is exact).
    private static string Fold(string word)
    {
        var folded = new StringBuilder(word.Length);
        foreach (char c in word)
        {
            folded.Append(c switch
            {
                'á' or 'à' or 'ä' or 'â' => 'a',
                'é' or 'è' or 'ë' or 'ê' => 'e',
                'í' or 'ì' or 'ï' or 'î' => 'i',
                'ó' or 'ò' or 'ö' or 'ô' => 'o',
                'ú' or 'ù' or 'ü' or 'û' => 'u',
                _ => c,
            });
        }

        return folded.ToString();
    }
}
