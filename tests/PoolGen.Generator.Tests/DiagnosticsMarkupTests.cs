using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PoolGen.Generator.Tests.Infrastructure;
using static PoolGen.Generator.Tests.Infrastructure.DiagnosticsSources;

namespace PoolGen.Generator.Tests
{
    /// <summary>
    /// The [|markup|] parser the diagnostic tests mark locations with.
    /// </summary>
    public class DiagnosticsMarkupTests
    {
        // ---------------------------------------------------------------- the markup parser itself

        [Fact]
        public void Markup_StripsMarkersAndRemembersSpans()
        {
            MarkedSource marked = MarkedSource.Parse("[[|Pool(Size = 2, SizeW = 0)|]]");
            Assert.Equal("[Pool(Size = 2, SizeW = 0)]", marked.Source);
            Assert.Equal("Pool(Size = 2, SizeW = 0)", marked.TextOf(0));

            MarkedSource two = MarkedSource.Parse("a [|bc|] d [|e|]");
            Assert.Equal("a bc d e", two.Source);
            Assert.Equal(new[] { "bc", "e" }, new[] { two.TextOf(0), two.TextOf(1) });
            Assert.Throws<FormatException>(() => MarkedSource.Parse("[|a [|b|] c|]"));
            Assert.Throws<FormatException>(() => MarkedSource.Parse("a [|b"));
            Assert.Throws<FormatException>(() => MarkedSource.Parse("a|] b"));
        }
    }
}
