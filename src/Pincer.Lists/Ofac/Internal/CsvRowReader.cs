using System.Text;

namespace Pincer.Lists.Ofac.Internal;

/// <summary>One field of a CSV row: a slice of the input bytes (inside the quotes when quoted).</summary>
/// <param name="Start">Offset of the first content byte.</param>
/// <param name="Length">Content length in bytes (escaped quotes still doubled).</param>
/// <param name="Quoted">The field was enclosed in double quotes.</param>
/// <param name="HasEscapedQuotes">The content contains <c>""</c> pairs that stand for one quote.</param>
internal readonly record struct CsvField(int Start, int Length, bool Quoted, bool HasEscapedQuotes)
{
    /// <summary>The raw content bytes of this field.</summary>
    public ReadOnlySpan<byte> Slice(ReadOnlySpan<byte> data) => data.Slice(Start, Length);

    /// <summary>
    /// True for the OFAC null marker: an unquoted <c>-0-</c> (normally written <c>-0- </c>, with a
    /// trailing space) or an empty field.
    /// </summary>
    public bool IsNull(ReadOnlySpan<byte> data)
    {
        if (Quoted)
        {
            return false;
        }

        var s = Slice(data).TrimEnd((byte)' ');
        return s.IsEmpty || s.SequenceEqual("-0-"u8);
    }

    /// <summary>The field as a string (trimmed unless <paramref name="trim"/> is false), or null for the null marker or a blank field.</summary>
    public string? GetString(ReadOnlySpan<byte> data, bool trim = true)
    {
        if (IsNull(data))
        {
            return null;
        }

        var s = trim ? Slice(data).Trim((byte)' ') : Slice(data);
        if (s.IsEmpty)
        {
            return null;
        }

        var text = Encoding.UTF8.GetString(s);
        return HasEscapedQuotes ? text.Replace("\"\"", "\"", StringComparison.Ordinal) : text;
    }
}

/// <summary>
/// Forward-only reader of CSV rows over an in-memory byte buffer, in the dialect of OFAC's legacy
/// files: comma-separated, optional double quotes (a doubled quote inside a quoted field stands for
/// one quote; a quoted field does not span lines), CRLF or LF line ends, a trailing DOS end-of-file byte (0x1A) ignored. Fields are
/// returned as slices; nothing is allocated per row. Malformed quoting throws
/// <see cref="ListFormatException"/> with the line and column.
/// </summary>
internal ref struct CsvRowReader
{
    private const byte Quote = (byte)'"';
    private const byte Comma = (byte)',';
    private const byte Cr = (byte)'\r';
    private const byte Lf = (byte)'\n';
    private const byte DosEof = 0x1A;

    private readonly ReadOnlySpan<byte> _data;
    private readonly string _file;
    private int _pos;
    private int _line;
    private int _lineStart;

    public CsvRowReader(ReadOnlySpan<byte> data, string file)
    {
        _data = data;
        _file = file;
        _line = 1;

        // A UTF-8 byte-order mark is not part of the first field.
        if (data.StartsWith("\uFEFF"u8))
        {
            _pos = 3;
            _lineStart = 3;
        }
    }

    /// <summary>1-based line number on which the row last returned by <see cref="TryReadRow"/> starts.</summary>
    public int RowLine { get; private set; }

    /// <summary>Bytes consumed so far.</summary>
    public readonly int Position => _pos;

    /// <summary>
    /// Reads the next non-blank row into <paramref name="fields"/>. Returns false at the end of input.
    /// When the row has more fields than <paramref name="fields"/> can hold, <paramref name="count"/> is
    /// <c>fields.Length + 1</c> and the rest of the row is skipped, so that the caller can report the count.
    /// </summary>
    public bool TryReadRow(scoped Span<CsvField> fields, out int count)
    {
        count = 0;
        SkipBlankLines();
        if (AtEnd())
        {
            return false;
        }

        RowLine = _line;
        var overflow = false;
        while (true)
        {
            var field = ReadField();
            if (count < fields.Length)
            {
                fields[count++] = field;
            }
            else
            {
                overflow = true;
            }

            if (_pos < _data.Length && _data[_pos] == Comma)
            {
                _pos++;
                continue;
            }

            // End of row: line end, end of data or DOS EOF.
            EndLine();
            break;
        }

        if (overflow)
        {
            count = fields.Length + 1;
        }

        return true;
    }

    private readonly bool AtEnd() => _pos >= _data.Length || (_data[_pos] == DosEof && IsOnlyEofFrom(_pos));

    private readonly bool IsOnlyEofFrom(int index)
    {
        var rest = _data[index..];
        return rest.IndexOfAnyExcept(DosEof, Cr, Lf) < 0;
    }

    private void SkipBlankLines()
    {
        while (_pos < _data.Length)
        {
            var b = _data[_pos];
            if (b == Lf)
            {
                _pos++;
                NewLine();
            }
            else if (b == Cr && (_pos + 1 >= _data.Length || _data[_pos + 1] == Lf))
            {
                _pos += _pos + 1 < _data.Length ? 2 : 1;
                NewLine();
            }
            else
            {
                return;
            }
        }
    }

    private void NewLine()
    {
        _line++;
        _lineStart = _pos;
    }

    private void EndLine()
    {
        if (_pos >= _data.Length)
        {
            return;
        }

        var b = _data[_pos];
        if (b == Cr)
        {
            _pos++;
            if (_pos < _data.Length && _data[_pos] == Lf)
            {
                _pos++;
            }

            NewLine();
        }
        else if (b == Lf)
        {
            _pos++;
            NewLine();
        }
        else if (b == DosEof && IsOnlyEofFrom(_pos))
        {
            _pos = _data.Length;
        }
        else
        {
            throw Error(_pos, $"expected ',' or the end of the line, found {Describe(b)}");
        }
    }

    private CsvField ReadField()
    {
        var start = _pos;
        if (_pos < _data.Length && _data[_pos] == Quote)
        {
            return ReadQuoted();
        }

        var rest = _data[_pos..];
        var end = rest.IndexOfAny(Comma, Cr, Lf);
        var quoteAt = (end < 0 ? rest : rest[..end]).IndexOf(Quote);
        if (quoteAt >= 0)
        {
            throw Error(_pos + quoteAt, "expected no '\"' inside an unquoted field (quote the whole field)");
        }

        var length = end < 0 ? rest.Length : end;
        _pos += length;

        // A DOS EOF byte ends the data.
        var content = _data.Slice(start, length);
        var eof = content.IndexOf(DosEof);
        if (eof >= 0 && IsOnlyEofFrom(start + eof))
        {
            length = eof;
        }

        return new CsvField(start, length, Quoted: false, HasEscapedQuotes: false);
    }

    private CsvField ReadQuoted()
    {
        var open = _pos;
        var start = _pos + 1;
        var i = start;
        var escaped = false;
        while (true)
        {
            var rel = _data[i..].IndexOfAny(Quote, Cr, Lf);
            if (rel < 0 || _data[i + rel] != Quote)
            {
                // OFAC fields never span lines, so an unclosed quote is reported on its own line.
                var found = rel < 0 ? "the end of the file" : "the end of the line";
                throw Error(open, $"expected a closing '\"' for the field that opens here, found {found}");
            }

            i += rel;

            // A quote: doubled means an escaped quote, otherwise it must close the field.
            if (i + 1 < _data.Length && _data[i + 1] == Quote)
            {
                escaped = true;
                i += 2;
                continue;
            }

            var after = i + 1;
            if (after < _data.Length)
            {
                var next = _data[after];
                if (next is not (Comma or Cr or Lf) && !(next == DosEof && IsOnlyEofFrom(after)))
                {
                    throw Error(after, $"expected ',' or the end of the line after the closing '\"', found {Describe(next)}");
                }
            }

            _pos = after;
            return new CsvField(start, i - start, Quoted: true, escaped);
        }
    }

    private readonly ListFormatException Error(int offset, string problem) =>
        new(_file, $"line {_line}, column {offset - _lineStart + 1}", problem);

    private static string Describe(byte b) =>
        b is >= 0x20 and < 0x7F ? $"'{(char)b}'" : $"byte 0x{b:X2}";
}
