using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PeerHub.Toolkit;

/// <summary>A paper size a template prints on: its name in file names and its size in inches.</summary>
public sealed record PaperSize(string Name, double WidthInches, double HeightInches)
{
    public static readonly PaperSize Letter = new("letter", 8.5, 11);
    public static readonly PaperSize A4 = new("a4", 210 / 25.4, 297 / 25.4);
    public static readonly IReadOnlyList<PaperSize> Both = [Letter, A4];
}

/// <summary>
/// <c>peerhub build --pdf</c>: prints each toolkit template of a written site to <c>&lt;slug&gt;-letter.pdf</c> and
/// <c>&lt;slug&gt;-a4.pdf</c> beside its page, tagged (for screen readers) and with an outline of its headings, as Chromium's
/// DevTools protocol prints them (<c>Page.printToPDF</c> with <c>generateTaggedPDF</c> and <c>generateDocumentOutline</c>):
/// its command line prints only the default paper size. The page's own @page rule sets the 12 mm margins and its print
/// stylesheet leaves out the site's header, footer and crisis bar; the document title and language come from the page.
/// </summary>
public static partial class ToolkitPdf
{
    /// <summary>The PDF's file name for a template page and a paper (<c>toolkit/x/index.html</c>, Letter: <c>x-letter.pdf</c>).</summary>
    public static string PdfPath(string page, PaperSize paper)
    {
        var folder = Path.GetDirectoryName(page)!;
        return Path.Combine(folder, $"{Path.GetFileName(folder)}-{paper.Name}.pdf");
    }

    /// <summary>Prints each page on each paper size; returns the PDFs written (full paths).</summary>
    /// <exception cref="InvalidOperationException">Chromium could not be started, or failed or timed out on a page; the message says which.</exception>
    public static IReadOnlyList<string> PrintAll(string browser, string outputDir, IReadOnlyList<string> pages, Action<string>? progress = null)
    {
        var written = new List<string>();
        if (pages.Count == 0) return written;
        using var chromium = DevToolsBrowser.Start(browser);
        foreach (var page in pages)
        {
            var html = Path.GetFullPath(Path.Combine(outputDir, page));
            foreach (var paper in PaperSize.Both)
            {
                var pdf = Path.Combine(outputDir, PdfPath(page, paper));
                File.WriteAllBytes(pdf, chromium.Print(new Uri(html).AbsoluteUri, paper));
                written.Add(pdf);
                progress?.Invoke(Path.GetRelativePath(outputDir, pdf).Replace('\\', '/'));
            }
        }
        return written;
    }

    /// <summary>
    /// Headless Chromium driven over its DevTools protocol (a WebSocket on a loopback port it chooses): one browser and
    /// one throwaway profile for the run, one tab per print.
    /// </summary>
    private sealed partial class DevToolsBrowser : IDisposable
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);
        private readonly Process _process;
        private readonly string _profile;
        private readonly ClientWebSocket _socket = new();
        private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonObject>> _pending = new();
        private readonly ConcurrentDictionary<string, TaskCompletionSource<bool>> _loaded = new(StringComparer.Ordinal);
        private readonly CancellationTokenSource _stop = new();
        private readonly StringBuilder _stderr = new();
        private int _nextId;
        private Task? _reader;

        private DevToolsBrowser(Process process, string profile)
        {
            _process = process;
            _profile = profile;
        }

        [GeneratedRegex(@"DevTools listening on (ws://\S+)")]
        private static partial Regex Listening();

        public static DevToolsBrowser Start(string browser)
        {
            var profile = Path.Combine(Path.GetTempPath(), "peerhub-pdf-" + Guid.NewGuid().ToString("N"));
            var start = new ProcessStartInfo(browser) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var arg in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                         "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--remote-debugging-address=127.0.0.1",
                         "--remote-debugging-port=0", $"--user-data-dir={profile}", "about:blank" })
                start.ArgumentList.Add(arg);
            var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {browser}");
            var browserSession = new DevToolsBrowser(process, profile);
            try
            {
                _ = process.StandardOutput.ReadToEndAsync();
                var endpoint = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
                _ = Task.Run(async () =>
                {
                    while (await process.StandardError.ReadLineAsync() is { } line)
                    {
                        lock (browserSession._stderr) browserSession._stderr.AppendLine(line);
                        if (Listening().Match(line) is { Success: true } m) endpoint.TrySetResult(m.Groups[1].Value);
                    }
                    endpoint.TrySetException(new InvalidOperationException($"{browser} stopped before it opened its DevTools port"));
                });
                if (!endpoint.Task.Wait(TimeSpan.FromSeconds(60)))
                    throw new InvalidOperationException($"{browser} did not open its DevTools port within a minute");
                browserSession.Connect(new Uri(endpoint.Task.Result));
                return browserSession;
            }
            catch (AggregateException e) when (e.InnerException is InvalidOperationException inner)
            {
                browserSession.Dispose();
                throw new InvalidOperationException(inner.Message + ": " + browserSession.Errors(), inner);
            }
            catch
            {
                browserSession.Dispose();
                throw;
            }
        }

        private string Errors()
        {
            lock (_stderr) return string.Join(" ", _stderr.ToString().Split('\n').Where(l => l.Contains("ERROR", StringComparison.Ordinal) || l.Contains("error", StringComparison.Ordinal)).TakeLast(3)).Trim();
        }

        private void Connect(Uri endpoint)
        {
            _socket.ConnectAsync(endpoint, _stop.Token).Wait(Timeout);
            _reader = Task.Run(ReadLoop);
        }

        /// <summary>Opens the page in a new tab, waits for it and its scripts, prints it on the paper, closes the tab.</summary>
        public byte[] Print(string url, PaperSize paper)
        {
            var target = Send("Target.createTarget", new JsonObject { ["url"] = "about:blank" })["targetId"]!.GetValue<string>();
            var session = Send("Target.attachToTarget", new JsonObject { ["targetId"] = target, ["flatten"] = true })["sessionId"]!.GetValue<string>();
            try
            {
                Send("Page.enable", new JsonObject(), session);
                var loaded = _loaded[session] = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
                var navigated = Send("Page.navigate", new JsonObject { ["url"] = url }, session);
                if (navigated["errorText"] is { } error) throw new InvalidOperationException($"Chromium could not open {url}: {error}");
                if (!loaded.Task.Wait(Timeout)) throw new InvalidOperationException($"{url} did not finish loading within two minutes");
                // The template's script marks the page once it has filled in (or left blank) the school's details.
                Send("Runtime.evaluate", new JsonObject
                {
                    ["expression"] = """
                        new Promise(done => { const t = Date.now(); (function wait() {
                          if (document.documentElement.dataset.toolkitReady || Date.now() - t > 10000) done(true); else setTimeout(wait, 50); })(); })
                        """,
                    ["awaitPromise"] = true,
                }, session);
                var printed = Send("Page.printToPDF", new JsonObject
                {
                    ["paperWidth"] = paper.WidthInches, ["paperHeight"] = paper.HeightInches,
                    ["marginTop"] = 0, ["marginBottom"] = 0, ["marginLeft"] = 0, ["marginRight"] = 0,
                    ["printBackground"] = false, ["preferCSSPageSize"] = false, ["displayHeaderFooter"] = false,
                    ["generateTaggedPDF"] = true, ["generateDocumentOutline"] = true,
                }, session);
                return Convert.FromBase64String(printed["data"]!.GetValue<string>());
            }
            finally
            {
                _loaded.TryRemove(session, out _);
                Send("Target.closeTarget", new JsonObject { ["targetId"] = target });
            }
        }

        private JsonObject Send(string method, JsonObject parameters, string? session = null)
        {
            var id = Interlocked.Increment(ref _nextId);
            var reply = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
            _pending[id] = reply;
            var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters };
            if (session is not null) message["sessionId"] = session;
            var bytes = Encoding.UTF8.GetBytes(message.ToJsonString());
            lock (_socket) _socket.SendAsync(bytes, WebSocketMessageType.Text, true, _stop.Token).Wait(Timeout);
            if (!reply.Task.Wait(Timeout)) throw new InvalidOperationException($"Chromium did not answer {method} within two minutes");
            var result = reply.Task.Result;
            if (result["error"] is JsonObject problem)
                throw new InvalidOperationException($"Chromium refused {method}: {problem["message"]?.GetValue<string>()}");
            return result["result"] as JsonObject ?? [];
        }

        private async Task ReadLoop()
        {
            var buffer = new byte[1 << 16];
            var message = new MemoryStream();
            try
            {
                while (_socket.State == WebSocketState.Open)
                {
                    var part = await _socket.ReceiveAsync(buffer, _stop.Token);
                    if (part.MessageType == WebSocketMessageType.Close) break;
                    message.Write(buffer, 0, part.Count);
                    if (!part.EndOfMessage) continue;
                    var json = JsonNode.Parse(message.ToArray()) as JsonObject;
                    message.SetLength(0);
                    if (json is null) continue;
                    if (json["id"] is { } id && _pending.TryRemove(id.GetValue<int>(), out var waiting)) waiting.TrySetResult(json);
                    else if (json["method"]?.GetValue<string>() == "Page.loadEventFired" && json["sessionId"]?.GetValue<string>() is { } session
                             && _loaded.TryGetValue(session, out var loaded))
                        loaded.TrySetResult(true);
                }
            }
            catch (Exception e) when (e is OperationCanceledException or WebSocketException or JsonException) { }
            foreach (var waiting in _pending.Values) waiting.TrySetException(new InvalidOperationException("Chromium closed its DevTools connection"));
        }

        public void Dispose()
        {
            try
            {
                if (_socket.State == WebSocketState.Open)
                {
                    try { Send("Browser.close", new JsonObject()); } catch (InvalidOperationException) { } catch (AggregateException) { }
                }
                _stop.Cancel();
                if (!_process.WaitForExit(TimeSpan.FromSeconds(10))) _process.Kill(entireProcessTree: true);
                try { _reader?.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
            }
            catch (InvalidOperationException) { }
            finally
            {
                _socket.Dispose();
                _process.Dispose();
                _stop.Dispose();
                try { Directory.Delete(_profile, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            }
        }
    }
}
