using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pincer.Cli.Tests;

/// <summary><c>pincer update</c> against a local HTTP server serving the shared data (one server per test).</summary>
public sealed class UpdateCommandTests : CliTestBase
{
    private static readonly string[] UnPath = ["lists", "un", "UN_consolidated.xml"];

    private string DownloadsFolder => Path.Combine(Path.GetDirectoryName(Db)!, ".downloads");

    [Fact]
    public async Task Update_FirstRunThenSecondRun_ImportsThenIsNotModified()
    {
        await using var server = new TestHttpServer((request, _) => TestHttpServer.ServeSharedData(request));
        var sources = await WriteSources(server.Url(UnPath));

        var first = await Update(sources);

        first.ExitCode.Should().Be(0, first.ToString());
        var imported = first.Json().EnumerateArray().Should().ContainSingle().Subject;
        imported.GetProperty("status").GetString().Should().Be("imported");
        imported.GetProperty("import").GetProperty("entities").GetInt32().Should().Be(1003);
        imported.GetProperty("import").GetProperty("source").GetString().Should().Be("un-sc");
        imported.GetProperty("bytes").GetInt64().Should().Be(new FileInfo(UnFile).Length);
        var lists = (await RunOk("lists", "--json")).Output;
        JsonDocument.Parse(lists).RootElement.GetArrayLength().Should().Be(1);
        server.Requests.Should().ContainSingle().Which.Header("If-None-Match").Should().BeNull();

        var second = await Update(sources);

        second.ExitCode.Should().Be(0, second.ToString());
        second.Json()[0].GetProperty("status").GetString().Should().Be("not_modified");
        var conditional = server.Requests.ToArray()[1];
        conditional.Header("If-None-Match").Should().NotBeNullOrEmpty().And.Be(TestHttpServer.ServeSharedData(conditional with { Headers = new Dictionary<string, string>() }).Headers["ETag"]);
        conditional.Header("If-Modified-Since").Should().NotBeNullOrEmpty();
        (await RunOk("lists", "--json")).Output.Should().Be(lists);
        AssertNoLeftoverDownloads();
    }

    [Fact]
    public async Task Update_Plain_SaysNotModifiedOnSecondRun()
    {
        await using var server = new TestHttpServer((request, _) => TestHttpServer.ServeSharedData(request));
        var sources = await WriteSources(server.Url(UnPath));

        var first = await Update(sources, json: false);
        var second = await Update(sources, json: false);

        first.ExitCode.Should().Be(0, first.ToString());
        first.Output.Should().Contain("version 1 of un-sc");
        second.ExitCode.Should().Be(0, second.ToString());
        second.Output.Should().Contain("un-sc").And.Contain("not modified");
    }

    [Fact]
    public async Task Update_ServerFailsTwiceThenSucceeds_ImportsThanksToRetries()
    {
        await using var server = new TestHttpServer((request, n) => n <= 2 ? TestResponse.Text(500, "try again later") : TestHttpServer.ServeSharedData(request));
        var sources = await WriteSources(server.Url(UnPath));

        var result = await Update(sources);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Json()[0].GetProperty("status").GetString().Should().Be("imported");
        server.Requests.Should().HaveCount(3);
        (await RunOk("lists", "--json")).Json().GetArrayLength().Should().Be(1);
        AssertNoLeftoverDownloads();
    }

    [Fact]
    public async Task Update_ServerAlwaysFails_GivesUpAfterThreeAttempts()
    {
        await using var server = new TestHttpServer((_, _) => TestResponse.Text(503, "down"));
        var sources = await WriteSources(server.Url(UnPath));
        var before = await ImportUn();

        var result = await Update(sources);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("un-sc").And.Contain("3 attempts").And.Contain("503");
        server.Requests.Should().HaveCount(3);
        await AssertStoreUnchanged(before);
    }

    [Fact]
    public async Task Update_NotFound_FailsWithoutRetryAndKeepsStore()
    {
        await using var server = new TestHttpServer((_, _) => TestResponse.Text(404, "no such list"));
        var sources = await WriteSources(server.Url(UnPath));
        var before = await ImportUn();

        var result = await Update(sources);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("un-sc").And.Contain("404");
        result.Json()[0].GetProperty("status").GetString().Should().Be("failed");
        server.Requests.Should().ContainSingle("a 404 is not transient");
        await AssertStoreUnchanged(before);
    }

    [Fact]
    public async Task Update_TruncatedBody_FailsAndKeepsStore()
    {
        await using var server = new TestHttpServer((request, _) =>
        {
            var full = TestHttpServer.ServeSharedData(request);
            return full with { SendBytes = full.Body.Length / 2 };
        });
        var sources = await WriteSources(server.Url(UnPath));
        var before = await ImportUn();

        var result = await Update(sources);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("un-sc").And.Contain("3 attempts").And.MatchRegex("(?i)prematurely|truncated");
        server.Requests.Should().HaveCount(3, "a truncated transfer is retried");
        await AssertStoreUnchanged(before);
    }

    [Fact]
    public async Task Update_Sha256Mismatch_FailsAndKeepsStore()
    {
        await using var server = new TestHttpServer((request, _) => TestHttpServer.ServeSharedData(request));
        var sources = await WriteSources(server.Url(UnPath), sha256: new string('0', 64));
        var before = await ImportUn();

        var result = await Update(sources);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("integrity check failed").And.Contain(new string('0', 64));
        await AssertStoreUnchanged(before);
    }

    [Fact]
    public async Task Update_HtmlPageInsteadOfList_FailsAndKeepsStore()
    {
        await using var server = new TestHttpServer((_, _) =>
            TestResponse.Text(200, "<!DOCTYPE html><html><head><title>Maintenance</title></head><body><p>Back soon.</p></body></html>", "text/html"));
        var sources = await WriteSources(server.Url(UnPath));
        var before = await ImportUn();

        var result = await Update(sources);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("un-sc").And.Contain("unknown list format");
        await AssertStoreUnchanged(before);
    }

    [Fact]
    public async Task Update_ListAlreadyImportedFromAFile_ReportsUnchanged()
    {
        await using var server = new TestHttpServer((request, _) => TestHttpServer.ServeSharedData(request));
        var sources = await WriteSources(server.Url(UnPath));
        var before = await ImportUn();

        var result = await Update(sources);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Json()[0].GetProperty("status").GetString().Should().Be("unchanged");
        (await RunOk("lists", "--json")).Output.Should().Be(before);
    }

    [Fact]
    public async Task Update_UnknownSourceName_FailsListingKnownOnes()
    {
        await using var server = new TestHttpServer((request, _) => TestHttpServer.ServeSharedData(request));
        var sources = await WriteSources(server.Url(UnPath));

        var result = await Run("update", "--sources-file", sources, "--source", "nope");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("unknown source(s) nope").And.Contain("un-sc");
        server.Requests.Should().BeEmpty();
    }

    private Task<CliResult> Update(string sourcesFile, bool json = true) =>
        json
            ? Run("update", "--sources-file", sourcesFile, "--retry-backoff-ms", "20", "--timeout", "30", "--json")
            : Run("update", "--sources-file", sourcesFile, "--retry-backoff-ms", "20", "--timeout", "30");

    private async Task<string> WriteSources(Uri url, string? sha256 = null)
    {
        var json = new JsonObject
        {
            ["sources"] = new JsonArray(new JsonObject { ["name"] = "un-sc", ["url"] = url.ToString(), ["sha256"] = sha256 }),
        };
        var path = TempFile("sources.json");
        await File.WriteAllTextAsync(path, json.ToJsonString(), TestContext.Current.CancellationToken);
        return path;
    }

    private async Task AssertStoreUnchanged(string listsBefore)
    {
        (await RunOk("lists", "--json")).Output.Should().Be(listsBefore);
        AssertNoLeftoverDownloads();
    }

    private void AssertNoLeftoverDownloads()
    {
        if (Directory.Exists(DownloadsFolder))
        {
            Directory.EnumerateFileSystemEntries(DownloadsFolder).Should().BeEmpty("a finished update leaves no temporary file behind");
        }
    }
}
