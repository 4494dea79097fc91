using PoolGen.Generator.Parsing;

namespace PoolGen.CodeFixes.Tests
{
    /// <summary>The edit distance behind PG0014's suggestion and rename (one file, linked into both assemblies): worked out by hand.</summary>
    public sealed class EditDistanceTests
    {
        [Theory]
        [InlineData("heigth", "height", 1)] // a swap of neighbours is one edit
        [InlineData("widht", "width", 1)]
        [InlineData("chanels", "channels", 1)]
        [InlineData("batches", "batch", 2)]
        [InlineData("high", "height", 2)]
        [InlineData("size", "width", 4)]
        [InlineData("kitten", "sitting", 3)]
        [InlineData("ca", "abc", 3)] // optimal string alignment: a swapped pair is not edited again
        [InlineData("", "depth", 5)]
        [InlineData("length", "length", 0)]
        public void Distance(string a, string b, int expected)
        {
            Assert.Equal(expected, EditDistance.Between(a, b));
            Assert.Equal(expected, EditDistance.Between(b, a));
        }

        [Theory]
        [InlineData("heigth", "height")]
        [InlineData("WIDTH", "width")] // case is ignored
        [InlineData("dept", "depth")]
        [InlineData("rows", null)] // nothing within two edits
        [InlineData("hwidth", "width")]
        public void Nearest(string name, string? expected)
            => Assert.Equal(expected, Dimensions.Nearest(name, Dimensions.Names));

        [Fact]
        public void NoNearestWhenTwoAreEquallyClose()
            => Assert.Null(Dimensions.Nearest("abcd", new[] { "abce", "abcf" }));
    }
}
