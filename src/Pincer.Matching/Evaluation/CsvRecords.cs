using System.Text;

namespace Pincer.Matching.Evaluation;

/// <summary>
/// RFC 4180 records with a header row, for evaluation and batch inputs (quoted fields may contain
/// commas, doubled quotes and line breaks). Errors name the file and line.
/// </summary>
public static class CsvRecords
{
    public static IEnumerable<(int Line, Dictionary<string, string> Fields)> Read(TextReader reader, string fileName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var line = 0;
        string[]? header = null;
        while (ReadRecord(reader, fileName, ref line) is { } record)
        {
            var (startLine, fields) = record;
            if (header is null)
            {
                header = fields.Select(f => f.Trim()).ToArray();
                continue;
            }

            if (fields.Count == 1 && fields[0].Length == 0)
            {
                continue; // blank line
            }

            if (fields.Count != header.Length)
            {
                throw new FormatException($"{fileName}:line {startLine}: expected {header.Length} fields ({string.Join(",", header)}), found {fields.Count}");
            }

            var map = new Dictionary<string, string>(header.Length, StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                map[header[i]] = fields[i];
            }

            yield return (startLine, map);
        }
    }

    private static (int Line, List<string> Fields)? ReadRecord(TextReader reader, string fileName, ref int line)
    {
        var text = reader.ReadLine();
        if (text is null)
        {
            return null;
        }

        line++;
        var start = line;
        var fields = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        var i = 0;
        while (true)
        {
            if (i == text.Length)
            {
                if (!inQuotes)
                {
                    fields.Add(field.ToString());
                    return (start, fields);
                }

                var next = reader.ReadLine() ?? throw new FormatException($"{fileName}:line {start}: a quoted field is not closed before the end of the file");
                line++;
                field.Append('\n');
                text = next;
                i = 0;
                continue;
            }

            var c = text[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                        continue;
                    }

                    inQuotes = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '"' && field.Length == 0)
            {
                inQuotes = true;
            }
            else
            {
                field.Append(c);
            }

            i++;
        }
    }
}
