using System;
using System.Text;

namespace PoolGen.Generator;

/// <summary>
/// Lines of C# with four spaces per level and braces that close themselves, so emitters read like the code they write.
/// One <see cref="StringBuilder"/> for the whole file (a kernel file is 5 to 40 KB, so it starts at 16 KB).
/// </summary>
internal sealed class CodeWriter
{
    private const string AggressiveOptimization = "[MethodImpl(MethodImplOptions.AggressiveOptimization)]";

    private readonly StringBuilder _text = new(16 * 1024);
    private int _indent;

    /// <summary>The last line written that is neither blank nor a comment, trimmed (see <see cref="OptimizesMethods"/>).</summary>
    private string _previous = string.Empty;

    /// <summary>
    /// While set, every method declared (a line starting "private static " with a parameter list, not an expression body, a
    /// field or a Throw helper) that has no MethodImpl attribute on the line before gets
    /// <c>[MethodImpl(MethodImplOptions.AggressiveOptimization)]</c>: KernelClassEmitter sets it around the traversal.
    /// </summary>
    public bool OptimizesMethods
    {
        get => _optimizesMethods;
        set
        {
            _optimizesMethods = value;
            _previous = string.Empty;
        }
    }

    private bool _optimizesMethods;

    public void Line(string line = "")
    {
        if (line.Length == 0)
        {
            // No trailing indentation on blank lines.
            _text.Append('\n');
            return;
        }

        if (_optimizesMethods)
        {
            string trimmed = line[0] == ' ' ? line.TrimStart() : line;
            if (IsMethod(trimmed) && !_previous.StartsWith("[MethodImpl", StringComparison.Ordinal))
            {
                _text.Append(' ', 4 * _indent).Append(line, 0, line.Length - trimmed.Length).Append(AggressiveOptimization).Append('\n');
            }

            if (trimmed.Length > 0 && !trimmed.StartsWith("//", StringComparison.Ordinal))
            {
                _previous = trimmed;
            }
        }

        Indented(line);
    }

    /// <summary>Writes <paramref name="header"/>, an opening brace, and indents until the returned scope is disposed.</summary>
    public Scope Block(string header)
    {
        if (header.Length > 0)
        {
            Line(header);
        }

        Line("{");
        _indent++;
        return new Scope(this);
    }

    public override string ToString() => _text.ToString();

    private void Indented(string line) => _text.Append(' ', 4 * _indent).Append(line).Append('\n');

    private static bool IsMethod(string line) =>
        line.StartsWith("private static ", StringComparison.Ordinal) && line.IndexOf('(') >= 0 &&
        line.IndexOf("=>", StringComparison.Ordinal) < 0 && line.IndexOf(" readonly ", StringComparison.Ordinal) < 0 &&
        !line.StartsWith("private static void Throw", StringComparison.Ordinal);

    public readonly struct Scope : IDisposable
    {
        private readonly CodeWriter _owner;

        public Scope(CodeWriter owner) => _owner = owner;

        public void Dispose()
        {
            _owner._indent--;
            _owner.Line("}");
        }
    }
}
