using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Pincer.Testing;

namespace Pincer.Cli.Tests;

/// <summary>One request the server received.</summary>
internal sealed record TestRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}

/// <summary>What the server sends back. <see cref="SendBytes"/> shorter than the body truncates it (the declared length stays).</summary>
internal sealed record TestResponse(int Status, byte[] Body)
{
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    public int? SendBytes { get; init; }

    public static TestResponse Text(int status, string body, string contentType = "text/plain") =>
        new(status, Encoding.UTF8.GetBytes(body)) { Headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Content-Type"] = contentType } };
}

/// <summary>
/// A minimal HTTP/1.1 server on 127.0.0.1 and a free port, one request per connection, for tests of
/// <c>pincer update</c>. The handler sees each request and its 1-based number; every request is recorded.
/// </summary>
internal sealed class TestHttpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Func<TestRequest, int, TestResponse> _handler;
    private readonly Task _loop;
    private int _count;

    public TestHttpServer(Func<TestRequest, int, TestResponse> handler)
    {
        _handler = handler;
        _listener.Start();
        BaseUri = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _loop = Task.Run(AcceptLoop);
    }

    public Uri BaseUri { get; }

    public ConcurrentQueue<TestRequest> Requests { get; } = new();

    /// <summary>URL of a file under the shared data folder, e.g. <c>Url("lists", "un", "UN_consolidated.xml")</c>.</summary>
    public Uri Url(params string[] parts) => new(BaseUri, string.Join('/', parts));

    /// <summary>
    /// Serves files of the shared data folder by URL path, with an ETag (content hash) and Last-Modified, and
    /// answers 304 to a matching If-None-Match; 404 for anything else.
    /// </summary>
    public static TestResponse ServeSharedData(TestRequest request)
    {
        var parts = request.Path.TrimStart('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || parts.Any(p => p is "." or ".."))
        {
            return TestResponse.Text(404, "not found");
        }

        var file = SharedData.Path(parts);
        if (!File.Exists(file))
        {
            return TestResponse.Text(404, "not found");
        }

        var body = File.ReadAllBytes(file);
        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(body))[..16] + "\"";
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["ETag"] = etag,
            ["Last-Modified"] = File.GetLastWriteTimeUtc(file).ToString("R", CultureInfo.InvariantCulture),
            ["Content-Type"] = "application/xml",
        };
        if (string.Equals(request.Header("If-None-Match"), etag, StringComparison.Ordinal))
        {
            return new TestResponse(304, []) { Headers = headers };
        }

        return new TestResponse(200, body) { Headers = headers };
    }

    private async Task AcceptLoop()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var request = await ReadRequestAsync(stream);
                if (request is null)
                {
                    return;
                }

                Requests.Enqueue(request);
                var response = _handler(request, Interlocked.Increment(ref _count));
                var head = new StringBuilder();
                head.Append(CultureInfo.InvariantCulture, $"HTTP/1.1 {response.Status} {Reason(response.Status)}\r\n");
                foreach (var (name, value) in response.Headers)
                {
                    head.Append(CultureInfo.InvariantCulture, $"{name}: {value}\r\n");
                }

                if (response.Status != 304)
                {
                    head.Append(CultureInfo.InvariantCulture, $"Content-Length: {response.Body.Length}\r\n");
                }

                head.Append("Connection: close\r\n\r\n");
                await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()), _stop.Token);
                var send = Math.Min(response.SendBytes ?? response.Body.Length, response.Body.Length);
                if (response.Status != 304 && send > 0)
                {
                    await stream.WriteAsync(response.Body.AsMemory(0, send), _stop.Token);
                }

                await stream.FlushAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The client went away (or the server is stopping): nothing to answer.
            }
        }
    }

    private static async Task<TestRequest?> ReadRequestAsync(NetworkStream stream)
    {
        var buffer = new List<byte>();
        var one = new byte[1];
        while (buffer.Count < 64 * 1024)
        {
            if (await stream.ReadAsync(one) == 0)
            {
                return null;
            }

            buffer.Add(one[0]);
            if (buffer.Count >= 4 && buffer[^4] == '\r' && buffer[^3] == '\n' && buffer[^2] == '\r' && buffer[^1] == '\n')
            {
                break;
            }
        }

        var lines = Encoding.ASCII.GetString(buffer.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var requestLine = lines[0].Split(' ');
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }

        return new TestRequest(requestLine[0], requestLine[1], headers);
    }

    private static string Reason(int status) => status switch
    {
        200 => "OK",
        304 => "Not Modified",
        404 => "Not Found",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        _ => "Status",
    };

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _loop;
        _stop.Dispose();
    }
}
