using System;
using System.CodeDom.Compiler;
using System.IO;

namespace PoolGen.Generator;

/// <summary>An <see cref="IndentedTextWriter"/> with braces that close themselves, so emitters read like the code they write.</summary>
internal sealed class CodeWriter
{
    private readonly StringWriter _text = new();
    private readonly IndentedTextWriter _writer;

    public CodeWriter()
    {
        _text.NewLine = "\n";
        _writer = new IndentedTextWriter(_text, "    ") { NewLine = "\n" };
    }

    public void Line(string line = "")
    {
        if (line.Length == 0)
        {
            // No trailing indentation on blank lines.
            _writer.WriteLineNoTabs(string.Empty);
        }
        else
        {
            _writer.WriteLine(line);
        }
    }

    /// <summary>Writes <paramref name="header"/>, an opening brace, and indents until the returned scope is disposed.</summary>
    public Scope Block(string header)
    {
        if (header.Length > 0)
        {
            _writer.WriteLine(header);
        }

        _writer.WriteLine("{");
        _writer.Indent++;
        return new Scope(this);
    }

    public override string ToString() => _text.ToString();

    public readonly struct Scope : IDisposable
    {
        private readonly CodeWriter _owner;

        public Scope(CodeWriter owner) => _owner = owner;

        public void Dispose()
        {
            _owner._writer.Indent--;
            _owner._writer.WriteLine("}");
        }
    }
}
