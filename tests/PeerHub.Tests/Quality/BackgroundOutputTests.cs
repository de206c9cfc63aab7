using System.Collections.Concurrent;
using PeerHub.Html;
using PeerHub.Site;
using Xunit;

namespace PeerHub.Tests.Quality;

/// <summary>The build's writer thread: every file arrives, and a failed write surfaces instead of vanishing.</summary>
public class BackgroundOutputTests
{
    private sealed class Recording(Func<string, bool>? fails = null) : ISiteOutput
    {
        public ConcurrentDictionary<string, byte[]> Files { get; } = new();

        public void Write(string path, byte[] bytes)
        {
            if (fails?.Invoke(path) == true) throw new IOException($"disk full writing {path}");
            Thread.Sleep(path.EndsWith("0.html") ? 2 : 0);   // a slow disk now and then
            Files[path] = bytes;
        }
    }

    [Fact]
    public void Every_file_from_every_thread_is_written_by_the_time_it_completes()
    {
        var inner = new Recording();
        using var output = new BackgroundOutput(inner);
        Parallel.For(0, 2_000, i => output.Write($"p/{i}.html", [(byte)(i % 251)]));
        output.Complete();

        Assert.Equal(2_000, inner.Files.Count);
        Assert.All(Enumerable.Range(0, 2_000), i => Assert.Equal((byte)(i % 251), inner.Files[$"p/{i}.html"][0]));
    }

    [Fact]
    public async Task A_failed_write_is_rethrown_and_no_writer_waits_forever()
    {
        var inner = new Recording(fails: path => path == "p/10.html");
        using var output = new BackgroundOutput(inner);
        // Far more files than the queue holds: once the writer has failed, later writes must not block.
        var writers = Task.Run(() => Parallel.For(0, 5_000, i =>
        {
            try { output.Write($"p/{i}.html", [1]); }
            catch (IOException) { }   // later writes may report the failure at once
        }));
        await writers.WaitAsync(TimeSpan.FromSeconds(60));   // throws TimeoutException if a writer is stuck

        var failure = Assert.Throws<IOException>(output.Complete);
        Assert.Contains("p/10.html", failure.Message);
        Assert.DoesNotContain("p/10.html", inner.Files.Keys);
    }

    [Fact]
    public void Pages_in_pooled_buffers_are_written_whole_and_every_buffer_is_given_back_even_after_a_failure()
    {
        var inner = new Recording(fails: path => path == "p/10.html");
        var buffers = new ConcurrentBag<PooledBytes>();
        using (var output = new BackgroundOutput(inner))
        {
            for (var i = 0; i < 300; i++)
            {
                // A page as the post-processor leaves it: its HTML in a pooled buffer larger than the page.
                var html = new HtmlEditor($"<p>page {i}</p>".AsMemory()).ToPooled();
                buffers.Add(html);
                try { output.Write($"p/{i}.html", html); }
                catch (IOException) { }   // once the writer has failed, a write may report it at once
            }
            Assert.Throws<IOException>(output.Complete);
        }

        // Every page before the failure arrived with exactly its own bytes; every buffer, written or not, went back.
        Assert.All(Enumerable.Range(0, 10), i => Assert.Equal($"<p>page {i}</p>", System.Text.Encoding.UTF8.GetString(inner.Files[$"p/{i}.html"])));
        Assert.DoesNotContain("p/10.html", inner.Files.Keys);
        Assert.All(buffers, b => Assert.Throws<ObjectDisposedException>(() => b.Span.Length));
    }
}
