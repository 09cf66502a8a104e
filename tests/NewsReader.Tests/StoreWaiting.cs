using Microsoft.Extensions.DependencyInjection;
using NewsReader.Web.Articles;

namespace NewsReader.Tests;

static class StoreWaiting
{
    /// <summary>
    /// Waits on the store's own change signal until a published snapshot satisfies <paramref name="condition"/>.
    /// The timeout only turns a hang into a failure; nothing here sleeps.
    /// </summary>
    public static async Task<LibrarySnapshot> WaitForAsync(this NewsReaderFactory app, Func<LibrarySnapshot, bool> condition, int timeoutSeconds = 15)
    {
        var store = app.Services.GetRequiredService<ArticleStore>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
        while (true)
        {
            var changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            using var registration = store.GetChangeToken().RegisterChangeCallback(_ => changed.TrySetResult(), null);
            var current = store.Current;
            if (condition(current)) return current;
            using (timeout.Token.Register(() => changed.TrySetCanceled()))
            {
                try { await changed.Task; }
                catch (TaskCanceledException) { Assert.Fail($"no snapshot satisfied the condition within {timeoutSeconds} s; last had {current.Articles.Count} articles"); }
            }
        }
    }
}
