using System.Text;

namespace Pincer.Cli.Tests;

public sealed class ImportCommandTests : CliTestBase
{
    [Fact]
    public async Task Import_UnFile_CreatesVersionOne()
    {
        var result = await RunOk("import", UnFile);

        result.Output.Should().Contain("UN_consolidated.xml").And.Contain("version 1 of un-sc").And.Contain("1,003 entities");
        result.Output.Should().Contain("published 2026-02-27");
        File.Exists(Db).Should().BeTrue();
    }

    [Fact]
    public async Task Import_UnFileWithJson_PrintsParseableOutcome()
    {
        var result = await RunOk("import", UnFile, "--json");

        var outcome = result.Json().EnumerateArray().Should().ContainSingle().Subject;
        outcome.GetProperty("source").GetString().Should().Be("un-sc");
        outcome.GetProperty("format").GetString().Should().Be("un-xml");
        outcome.GetProperty("file").GetString().Should().Be("UN_consolidated.xml");
        outcome.GetProperty("version").GetInt64().Should().Be(1);
        outcome.GetProperty("published").GetString().Should().Be("2026-02-27");
        outcome.GetProperty("entities").GetInt32().Should().Be(1003);
        outcome.GetProperty("alreadyImported").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public async Task Import_SameFileTwice_SaysAlreadyImportedAndKeepsOneVersion()
    {
        var before = await ImportUn();

        var again = await RunOk("import", UnFile);
        var againJson = await RunOk("import", UnFile, "--json");

        again.Output.Should().Contain("already imported as version 1 of un-sc");
        againJson.Json()[0].GetProperty("alreadyImported").GetBoolean().Should().BeTrue();
        againJson.Json()[0].GetProperty("version").GetInt64().Should().Be(1);
        var lists = await RunOk("lists", "--json");
        lists.Json().GetArrayLength().Should().Be(1);
        lists.Output.Should().Be(before);
    }

    [Fact]
    public async Task Import_TruncatedUnFile_FailsWithPositionAndKeepsStore()
    {
        var before = await ImportUn();
        var text = await File.ReadAllTextAsync(UnFile, TestContext.Current.CancellationToken);
        var truncated = TempFile("UN_truncated.xml");
        await File.WriteAllTextAsync(truncated, text[..(text.Length / 2)], new UTF8Encoding(false), TestContext.Current.CancellationToken);

        var result = await Run("import", truncated);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain(truncated).And.MatchRegex(@"line \d+, column \d+");
        result.Error.Should().Contain("nothing from this input was stored");
        (await RunOk("lists", "--json")).Output.Should().Be(before);
    }

    [Fact]
    public async Task Import_FileWithExternalEntityDtd_IsRejectedWithoutReadingTheEntity()
    {
        var before = await ImportUn();
        var path = TempFile("UN_dtd.xml");
        await File.WriteAllTextAsync(path, DtdCopyOfUn(await File.ReadAllTextAsync(UnFile, TestContext.Current.CancellationToken)), new UTF8Encoding(false), TestContext.Current.CancellationToken);

        var result = await Run("import", path);
        var json = await Run("import", path, "--json");

        result.ExitCode.Should().Be(1);
        json.ExitCode.Should().Be(1);
        result.Error.Should().Contain(path);
        (result.Output + result.Error + json.Output).Should().NotContain("root:x:0:0");
        json.Json()[0].GetProperty("error").GetString().Should().Contain(path);
        (await RunOk("lists", "--json")).Output.Should().Be(before);
    }

    [Fact]
    public async Task Import_FileWithExternalEntityDtd_ErrorSaysDtdNotAllowedWithPosition()
    {
        await ImportUn();
        var path = TempFile("UN_dtd.xml");
        await File.WriteAllTextAsync(path, DtdCopyOfUn(await File.ReadAllTextAsync(UnFile, TestContext.Current.CancellationToken)), new UTF8Encoding(false), TestContext.Current.CancellationToken);

        var result = await Run("import", path);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain(path).And.Contain("DTD").And.MatchRegex(@"line \d+, column \d+");
    }

    [Fact]
    public async Task Import_RandomTextFile_FailsWithUnknownFormat()
    {
        var before = await ImportUn();
        var path = TempFile("notes.txt");
        await File.WriteAllTextAsync(path, "Meeting notes\nnothing to see here, 42 lines of text\n", TestContext.Current.CancellationToken);

        var result = await Run("import", path);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain(path).And.Contain("unknown list format");
        (await RunOk("lists", "--json")).Output.Should().Be(before);
    }

    [Fact]
    public async Task Import_NonexistentPath_FailsNamingThePath()
    {
        var before = await ImportUn();
        var path = TempFile("no-such-file.xml");

        var result = await Run("import", path);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain(path).And.Contain("no such file");
        (await RunOk("lists", "--json")).Output.Should().Be(before);
    }

    [Fact]
    public async Task Import_BadFileThenGoodFile_ImportsTheGoodOneAndExitsOne()
    {
        var bad = TempFile("bad.txt");
        await File.WriteAllTextAsync(bad, "not a list", TestContext.Current.CancellationToken);

        var result = await Run("import", bad, UnFile, "--json");

        result.ExitCode.Should().Be(1);
        var outcomes = result.Json();
        outcomes.GetArrayLength().Should().Be(2);
        outcomes[0].GetProperty("error").GetString().Should().Contain("unknown list format");
        outcomes[1].GetProperty("entities").GetInt32().Should().Be(1003);
        (await RunOk("lists", "--json")).Json().GetArrayLength().Should().Be(1);
    }

    [Fact]
    public async Task Import_BadPublishedDate_FailsBeforeTouchingTheStore()
    {
        var result = await Run("import", UnFile, "--published", "27/02/2026");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("--published").And.Contain("yyyy-MM-dd");
        File.Exists(Db).Should().BeFalse();
    }

    [Fact]
    public async Task Lists_NoStoreYet_FailsWithImportHint()
    {
        var result = await Run("lists");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("no Pincer store here yet").And.Contain("pincer import");
        File.Exists(Db).Should().BeFalse("a query must not create the store");
    }

    /// <summary>The UN list with a DTD declaring an external entity, referenced in the first name.</summary>
    internal static string DtdCopyOfUn(string un)
    {
        var declaration = un.IndexOf("?>", StringComparison.Ordinal) + 2;
        var withDtd = un[..declaration] + "\n<!DOCTYPE CONSOLIDATED_LIST [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>" + un[declaration..];
        var firstName = withDtd.IndexOf("<FIRST_NAME>", StringComparison.Ordinal) + "<FIRST_NAME>".Length;
        return withDtd[..firstName] + "&e;" + withDtd[firstName..];
    }
}
