using System.Text;
using PeerHub.Search;
using Xunit;

namespace PeerHub.Tests.Search;

/// <summary>
/// The index writer's shortcuts, each checked against the general code it stands in for.
/// </summary>
public sealed class LunrIndexOutputTests
{
    [Fact]
    public void Thousandths_are_formatted_as_javascript_formats_the_quotient()
    {
        var random = new Random(11);
        var values = Enumerable.Range(-20_000, 2_100_000).Select(k => (double)k)
            .Concat(Enumerable.Range(0, 100_000).Select(_ => Math.Floor(random.NextDouble() * 1e15) * (random.Next(2) * 2 - 1)))
            .Concat([999_999_999_999_999, 1e15, 1e15 + 2, -1e15, 1e18, 1e24, -0.0, double.NaN, double.PositiveInfinity, double.NegativeInfinity]);
        Span<byte> expected = stackalloc byte[JsNumber.MaxLength];
        Span<byte> actual = stackalloc byte[JsNumber.MaxLength];
        foreach (double k in values)
        {
            int expectedLength = JsNumber.Format(k / 1000, expected);
            int actualLength = JsNumber.FormatThousandths(k, actual);
            Assert.True(expected[..expectedLength].SequenceEqual(actual[..actualLength]),
                $"{k}: {Encoding.ASCII.GetString(actual[..actualLength])}, expected {Encoding.ASCII.GetString(expected[..expectedLength])}");
            Assert.Equal(actualLength, JsNumber.ThousandthsLength(k));
        }
    }

    [Fact]
    public void A_null_document_is_rejected_and_the_builder_still_works_afterwards()
    {
        // Given a null document among enough others that analysis is still running when it is reached
        var docs = GeneratedCorpus.Create(300);
        var withNull = docs.Take(100).Append(null!).Concat(docs.Skip(100)).ToList();
        var builder = new LunrIndexBuilder();

        // When it is built, Then the null is reported, and the same builder then builds the good set as a new one does
        var error = Assert.Throws<ArgumentException>(() => builder.Build(GeneratedCorpus.Fields, withNull));
        Assert.Contains("null", error.Message);
        Assert.Equal(new LunrIndexBuilder().Build(GeneratedCorpus.Fields, docs), builder.Build(GeneratedCorpus.Fields, docs));
    }
}
