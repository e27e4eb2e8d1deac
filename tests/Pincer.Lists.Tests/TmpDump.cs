namespace Pincer.Lists.Tests;
public sealed class TmpDump
{
    [Fact]
    public void Dump()
    {
        var s = new Pincer.Lists.Un.UnXmlReader().Read(TestFiles.Input(Pincer.Testing.SharedData.Path("lists", "un", "UN_consolidated.xml")), cancellationToken: TestContext.Current.CancellationToken);
        File.WriteAllLines("/tmp/un_issues.txt", s.Issues.Select(i => i.ToString()));
    }
}
