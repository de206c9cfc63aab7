using PeerHub.Content;
using Xunit;
using Microsoft.Playwright;

namespace PeerHub.Tests.Support;

/// <summary>
/// One headless Debian Chromium for the browser tests, driven by Playwright. Under CI the browser must be there:
/// a missing browser fails the test rather than skipping it.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    private IPlaywright? _playwright;
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"{ChromiumPath} is missing: install it with `apt-get install -y chromium` (bash .ci/run does this)");
        _playwright = await Playwright.CreateAsync();
        // Expect(...) waits up to 5 s by default; the browser tests share two cores with the rest of the suite, and a
        // rebuild or a print can take longer than that there without anything being wrong.
        Assertions.SetDefaultExpectTimeout(20_000);
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
    }
}

[Xunit.CollectionDefinition("browser")]
public sealed class BrowserCollection : Xunit.ICollectionFixture<BrowserFixture>;

/// <summary>
/// The real hub's print and axe sweeps over every pack and template: a third of the browser tests' time, none of it
/// timing-sensitive. They get their own Chromium and run beside the "browser" collection instead of after it, so the
/// suite's second core is not idle for its last quarter hour.
/// </summary>
[Xunit.CollectionDefinition(PrintSweepCollection.Name)]
public sealed class PrintSweepCollection : Xunit.ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser print sweeps";
}

/// <summary>Builds a fixture (or the real hub) once into a temp folder for browser tests.</summary>
public sealed class BuiltSite : IDisposable
{
    public string Dir { get; }

    public BuiltSite(PeerHub.Model.SiteInput input)
    {
        var result = PeerHub.Site.SiteBuilder.Build(input);
        if (!result.Succeeded) throw new InvalidOperationException("fixture failed to build:\n" + string.Join("\n", result.Diagnostics));
        Dir = Path.Combine(Path.GetTempPath(), "peerhub-test-" + Guid.NewGuid().ToString("N"), "_site");
        PeerHub.Site.OutputWriter.Write(Dir, result.Files!);
    }

    public static PeerHub.Model.SiteInput RealHub() => PeerHub.Content.SiteReader.FromDisk(Repo.Content, Repo.Theme);

    public void Dispose()
    {
        try { Directory.Delete(Path.GetDirectoryName(Dir)!, recursive: true); } catch (IOException) { }
    }
}
