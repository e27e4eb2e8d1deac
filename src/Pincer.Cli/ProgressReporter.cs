using System.Diagnostics;
using System.Globalization;
using Spectre.Console;

namespace Pincer.Cli;

/// <summary>
/// Long work shows progress: a Spectre.Console progress bar on a terminal, plain lines
/// ("import sdn.xml: parsing 40%") on stderr when stdout is redirected, at most one every two seconds per task.
/// Plain lines go to stderr so that stdout holds only the command's result (parseable with <c>--json</c>).
/// </summary>
internal sealed class ProgressReporter
{
    private readonly CliContext _context;

    public ProgressReporter(CliContext context) => _context = context;

    public async Task<T> RunAsync<T>(string description, Func<IProgressTask, Task<T>> work)
    {
        if (_context.Interactive)
        {
            return await _context.Ansi.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
                .StartAsync(async ctx =>
                {
                    var task = ctx.AddTask(Markup.Escape(description), maxValue: 100);
                    var result = await work(new SpectreTask(task)).ConfigureAwait(false);
                    task.Value = 100;
                    return result;
                }).ConfigureAwait(false);
        }

        var plain = new PlainTask(_context.Error, description);
        var value = await work(plain).ConfigureAwait(false);
        plain.Done();
        return value;
    }

    private sealed class SpectreTask(ProgressTask task) : IProgressTask
    {
        public void Report(string stage, double fraction)
        {
            task.Description = Markup.Escape(stage);
            task.Value = Math.Clamp(fraction * 100, 0, 100);
        }
    }

    private sealed class PlainTask(TextWriter output, string description) : IProgressTask
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private TimeSpan _last = TimeSpan.FromSeconds(-10);
        private string _lastStage = "";

        public void Report(string stage, double fraction)
        {
            var now = _clock.Elapsed;
            if (!string.Equals(stage, _lastStage, StringComparison.Ordinal) || now - _last >= TimeSpan.FromSeconds(2))
            {
                _last = now;
                _lastStage = stage;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{description}: {stage} {fraction:P0}"));
            }
        }

        public void Done() => output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{description}: done in {_clock.Elapsed.TotalSeconds:F1} s"));
    }
}

/// <summary>One unit of long work: a stage name and the fraction done.</summary>
internal interface IProgressTask
{
    void Report(string stage, double fraction);
}
