using Microsoft.Extensions.DependencyInjection;
using NewsReader.Web.Web;

namespace NewsReader.Tests.Web;

/// <summary>Counts file-system watches across the whole process, so it runs with no other test alongside.</summary>
[CollectionDefinition(nameof(HostCleanupTests), DisableParallelization = true)]
public sealed class HostCleanupCollection;

[Collection(nameof(HostCleanupTests))]
public class HostCleanupTests
{
    // Each inotify instance is a descriptor of this process that links to "anon_inode:inotify".
    static int InotifyInstances() => new DirectoryInfo("/proc/self/fd").EnumerateFileSystemInfos().Count(fd =>
    {
        try { return fd.LinkTarget?.Contains("inotify", StringComparison.Ordinal) == true; }
        catch (IOException) { return false; } // closed while listed
    });

    [Fact]
    public async Task AStoppedAppLeavesNoFileSystemWatchBehind()
    {
        if (!OperatingSystem.IsLinux()) return; // /proc and inotify are Linux's
        var before = InotifyInstances();
        for (var i = 0; i < 3; i++)
        {
            using var seeds = new TempSeedFolder().WithSeed();
            using var app = new NewsReaderFactory { SeedsPath = seeds.Path };
            // The warm-up's renders are what made the web root's provider watch wwwroot.
            await app.Services.GetRequiredService<PageWarmUp>().ReadingPagesRendered.WaitAsync(TimeSpan.FromSeconds(15));
            await app.CreateClient().GetAsync("/");
            Assert.True(InotifyInstances() > before); // the app's own watches, while it runs
        }
        // Not equal: an app of an earlier test may still be letting its watches go.
        Assert.True(InotifyInstances() <= before, $"{InotifyInstances()} inotify instances, {before} before three apps came and went");
    }
}
