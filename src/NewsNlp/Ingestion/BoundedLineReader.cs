using System.Text;

namespace NewsNlp.Ingestion;

/// <summary>
/// Reads lines without ever holding more than <c>maxChars</c> of one: an overlong line is skipped to its end
/// and reported, so a gigabyte without a newline costs no memory.
/// </summary>
internal sealed class BoundedLineReader(TextReader reader, int maxChars)
{
    private readonly char[] _buffer = new char[1 << 16];
    private readonly StringBuilder _line = new();
    private int _position;
    private int _length;

    /// <summary>The next line (without its end) or null at the end; <paramref name="tooLong"/> when it was cut.</summary>
    public string? ReadLine(out bool tooLong)
    {
        tooLong = false;
        _line.Clear();
        var sawAny = false;
        while (true)
        {
            if (_position == _length)
            {
                _length = reader.Read(_buffer, 0, _buffer.Length);
                _position = 0;
                if (_length == 0)
                {
                    return sawAny ? Finish(tooLong) : null;
                }
            }

            sawAny = true;
            var chunk = _buffer.AsSpan(_position, _length - _position);
            var newline = chunk.IndexOf('\n');
            var take = newline < 0 ? chunk : chunk[..newline];
            if (!tooLong)
            {
                if (_line.Length + take.Length > maxChars)
                {
                    tooLong = true;
                    _line.Clear();
                }
                else
                {
                    _line.Append(take);
                }
            }

            if (newline >= 0)
            {
                _position += newline + 1;
                return Finish(tooLong);
            }

            _position = _length;
        }
    }

    private string Finish(bool tooLong)
    {
        if (tooLong)
        {
            return string.Empty;
        }

        if (_line.Length > 0 && _line[^1] == '\r')
        {
            _line.Length--;
        }

        return _line.ToString();
    }
}
