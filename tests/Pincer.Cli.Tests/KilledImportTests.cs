using System.Diagnostics;
using DuckDB.NET.Data;
using Pincer.Storage;

namespace Pincer.Cli.Tests;

/// <summary>
/// The atomicity promise under the harshest failure: the pincer process is killed in the middle of an import
/// (after 500 entity rows of the SDN advanced file were written), and the store must look as if it never started.
/// </summary>
public sealed class KilledImportTests : CliTestBase
{
    private static readonly string[] VersionedTables = ["entities", "names", "identifiers", "programs", "relations", "read_issues"];

    private static string PincerDll => Path.Combine(AppContext.BaseDirectory, "pincer.dll");

    [Fact]
    public async Task Import_ProcessKilledMidImport_LeavesEarlierVersionIntactAndNoOrphans()
    {
        var ct = TestContext.Current.CancellationToken;
        var listsBefore = await ImportUn();
        var statsBefore = (await RunOk("stats", "--json")).Output;
        File.Exists(PincerDll).Should().BeTrue("the CLI is copied next to the tests");

        using (var child = StartPausingImport(SdnAdvancedFile, pauseAfterEntities: 500, out var paused, out var stderr))
        {
            try
            {
                var finished = await Task.WhenAny(paused.Task, child.WaitForExitAsync(ct), Task.Delay(TimeSpan.FromSeconds(120), ct));
                finished.Should().BeSameAs(paused.Task, "the child should report PINCER_FAULT_PAUSED within 120 s; its stderr:\n{0}", stderr);

                // While the import holds the store, another command says so instead of failing obscurely.
                var busy = await Run("lists", "--json");
                busy.ExitCode.Should().Be(1, busy.ToString());
                busy.Error.Should().Contain("in use by another Pincer process");
            }
            finally
            {
                // Killed in every case: a child left paused would sleep forever.
                child.Kill(entireProcessTree: true);
                await child.WaitForExitAsync(CancellationToken.None);
            }

            child.HasExited.Should().BeTrue();
            child.ExitCode.Should().NotBe(0);
        }

        // Looked at behind the store's back first (a read-only open does no clean-up): nothing of the dead import.
        CountRows(Db, "SELECT count(*) FROM list_versions").Should().Be(1);
        foreach (var table in VersionedTables)
        {
            CountRows(Db, $"SELECT count(*) FROM {table} WHERE version_id NOT IN (SELECT id FROM list_versions)").Should().Be(0, "no orphan rows in {0}", table);
        }

        (await RunOk("lists", "--json")).Output.Should().Be(listsBefore);
        (await RunOk("stats", "--json")).Output.Should().Be(statsBefore);
        using (var store = DuckDbListStore.OpenRead(Db))
        {
            var un = store.Versions().Should().ContainSingle().Subject;
            store.Stats(un.Id).Dprk.Should().Be(155);
            store.Entities(un.Id).Should().HaveCount(1003);
            store.Entities(un.Id + 1).Should().BeEmpty();
        }

        // The same file imports cleanly afterwards.
        var again = await RunOk("import", SdnAdvancedFile, "--json");
        var outcome = again.Json()[0];
        outcome.GetProperty("source").GetString().Should().Be("us-ofac-sdn");
        outcome.GetProperty("entities").GetInt32().Should().Be(18_367);
        outcome.GetProperty("alreadyImported").GetBoolean().Should().BeFalse();
        var stats = (await RunOk("stats", "--json")).Json().EnumerateObject().Select(p => p.Value).ToList();
        stats.Should().HaveCount(2);
        stats.Single(s => s.GetProperty("source").GetString() == "us-ofac-sdn").GetProperty("dprk").GetInt32().Should().Be(538);
        stats.Single(s => s.GetProperty("source").GetString() == "un-sc").GetProperty("entities").GetInt32().Should().Be(1003);
        foreach (var table in VersionedTables)
        {
            CountRows(Db, $"SELECT count(*) FROM {table} WHERE version_id NOT IN (SELECT id FROM list_versions)").Should().Be(0);
        }
    }

    private Process StartPausingImport(string file, int pauseAfterEntities, out TaskCompletionSource paused, out System.Text.StringBuilder stderr)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { PincerDll, "import", file, "--db", Db })
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment[DuckDbListStore.PauseAfterEntitiesVariable] = pauseAfterEntities.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var log = new System.Text.StringBuilder();
        var process = new Process { StartInfo = info };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (log)
            {
                log.AppendLine(e.Data);
            }

            if (e.Data.Contains("PINCER_FAULT_PAUSED", StringComparison.Ordinal))
            {
                signal.TrySetResult();
            }
        };
        process.OutputDataReceived += (_, _) => { };
        process.Start();
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        paused = signal;
        stderr = log;
        return process;
    }

    private static long CountRows(string file, string sql)
    {
        using var connection = new DuckDBConnection($"Data Source={file};ACCESS_MODE=READ_ONLY");
        connection.Open();
        using var command = connection.CreateCommand();
#pragma warning disable CA2100 // constant test SQL
        command.CommandText = sql;
#pragma warning restore CA2100
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
