using System.Text;

namespace Kizuki.Sources.Files;

/// <summary>
/// Reads RFC 4180 records (quoted fields may hold commas, doubled quotes and line breaks) and
/// remembers the line each record starts on, so errors can point at it.
/// </summary>
internal sealed class CsvRecordReader
{
    private readonly TextReader _reader;
    private readonly string _path;
    private readonly StringBuilder _field = new();
    private int _line = 1;

    /// <summary>Reads from <paramref name="reader"/>; <paramref name="path"/> only names the file in errors.</summary>
    public CsvRecordReader(TextReader reader, string path)
    {
        _reader = reader;
        _path = path;
    }

    /// <summary>The line the record last returned by <see cref="Read"/> started on (1-based).</summary>
    public int RecordLine { get; private set; }

    /// <summary>The next record's fields, or null at the end of the file.</summary>
    /// <exception cref="SourceException">A quoted field is never closed or is followed by stray text.</exception>
    public List<string>? Read()
    {
        if (_reader.Peek() < 0)
        {
            return null;
        }

        RecordLine = _line;
        var fields = new List<string>();
        while (true)
        {
            var end = ReadField(out var atRecordEnd);
            fields.Add(end);
            if (atRecordEnd)
            {
                return fields;
            }
        }
    }

    private string ReadField(out bool atRecordEnd)
    {
        _field.Clear();
        var first = _reader.Peek();
        if (first == '"')
        {
            _reader.Read();
            ReadQuoted();
        }

        while (true)
        {
            var c = _reader.Read();
            switch (c)
            {
                case < 0:
                    atRecordEnd = true;
                    return _field.ToString();
                case ',':
                    atRecordEnd = false;
                    return _field.ToString();
                case '\r':
                    if (_reader.Peek() == '\n')
                    {
                        _reader.Read();
                    }

                    _line++;
                    atRecordEnd = true;
                    return _field.ToString();
                case '\n':
                    _line++;
                    atRecordEnd = true;
                    return _field.ToString();
                case '"' when first == '"':
                    throw new SourceException(
                        $"{_path} line {_line}: text after a closing quote "
                        + $"in the record starting on line {RecordLine}");
                default:
                    _field.Append((char)c);
                    break;
            }
        }
    }

    private void ReadQuoted()
    {
        var openedOn = _line;
        while (true)
        {
            var c = _reader.Read();
            if (c < 0)
            {
                throw new SourceException(
                    $"{_path} line {openedOn}: a quoted field opened here is never closed (broken quote)");
            }

            if (c == '"')
            {
                if (_reader.Peek() != '"')
                {
                    return;
                }

                _reader.Read();
            }
            else if (c == '\n')
            {
                _line++;
            }

            _field.Append((char)c);
        }
    }
}
