namespace Pincer.Testing;

/// <summary>
/// Locates the real sample data in <c>../shared/data</c> (or <c>PINCER_SHARED_DATA</c>).
/// The data is never copied into the repository; tests read it in place.
/// </summary>
internal static class SharedData
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        var fromEnv = Environment.GetEnvironmentVariable("PINCER_SHARED_DATA");
        if (!string.IsNullOrEmpty(fromEnv))
        {
            return Directory.Exists(fromEnv)
                ? fromEnv
                : throw new DirectoryNotFoundException($"PINCER_SHARED_DATA points to '{fromEnv}', which does not exist.");
        }

        // Walk up from the test binary until a sibling 'shared/data' appears (repo checked out beside shared/).
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException(
            "Could not find the shared sample data: expected a 'shared/data' folder beside the repository, or set PINCER_SHARED_DATA.");
    }
}
