using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Xunit;

namespace PoolGen.Package.Tests
{
    /// <summary>What `dotnet pack src/PoolGen` puts into PoolGen.&lt;version&gt;.nupkg.</summary>
    [Collection(PackageCollection.Name)]
    public sealed class PackageContentTests
    {
        private readonly PackageFixture package;

        public PackageContentTests(PackageFixture package) => this.package = package;

        [Fact]
        public void HoldsTheRuntimeAssemblyTheGeneratorTheCodeFixesThePropsAndTheReadme()
        {
            using ZipArchive zip = ZipFile.OpenRead(package.PackagePath);
            string[] entries = zip.Entries.Select(e => e.FullName).ToArray();

            Assert.Contains("lib/netstandard2.0/PoolGen.dll", entries);
            Assert.Contains("lib/net8.0/PoolGen.dll", entries);
            Assert.Contains("analyzers/dotnet/cs/PoolGen.Generator.dll", entries);
            Assert.Contains("analyzers/dotnet/cs/PoolGen.CodeFixes.dll", entries);
            Assert.Contains("build/PoolGen.props", entries);
            Assert.Contains("buildTransitive/PoolGen.props", entries);
            Assert.Contains("README.md", entries);

            // The generator and the code fixes are analyzers only: nothing of them under lib/ (or ref/), where a consumer
            // would reference them.
            Assert.DoesNotContain(entries, e => e.Contains("PoolGen.Generator", StringComparison.Ordinal) && e != "analyzers/dotnet/cs/PoolGen.Generator.dll");
            Assert.DoesNotContain(entries, e => e.Contains("PoolGen.CodeFixes", StringComparison.Ordinal) && e != "analyzers/dotnet/cs/PoolGen.CodeFixes.dll");
            Assert.All(entries.Where(e => e.StartsWith("lib/", StringComparison.Ordinal)),
                e => Assert.Matches(@"^lib/(netstandard2\.0|net8\.0)/PoolGen\.(dll|xml)$", e));
            Assert.DoesNotContain(entries, e => e.StartsWith("ref/", StringComparison.Ordinal));

            // The package README is the package's own page, src/PoolGen/PACKAGE.md.
            Assert.Equal(
                File.ReadAllText(Path.Combine(package.RepoRoot, "src", "PoolGen", "PACKAGE.md")),
                Read(zip, "README.md"));
        }

        [Fact]
        public void PropsMakePoolGenVectorizeVisibleToTheGenerator()
        {
            using ZipArchive zip = ZipFile.OpenRead(package.PackagePath);
            foreach (string path in new[] { "build/PoolGen.props", "buildTransitive/PoolGen.props" })
            {
                XDocument props = XDocument.Parse(Read(zip, path));
                Assert.Contains(props.Descendants("CompilerVisibleProperty"), e => (string?)e.Attribute("Include") == "PoolGenVectorize");
            }
        }

        [Fact]
        public void NuspecHasLicenseReadmeRepositoryAndNoDependencies()
        {
            using ZipArchive zip = ZipFile.OpenRead(package.PackagePath);
            XDocument nuspec = XDocument.Parse(Read(zip, "PoolGen.nuspec"));
            XNamespace ns = nuspec.Root!.Name.Namespace;
            XElement metadata = nuspec.Root.Element(ns + "metadata")!;

            Assert.Equal("PoolGen", (string?)metadata.Element(ns + "id"));
            Assert.Equal(package.Version, (string?)metadata.Element(ns + "version"));
            XElement license = metadata.Element(ns + "license")!;
            Assert.Equal("expression", (string?)license.Attribute("type"));
            Assert.Equal("MIT", license.Value);
            Assert.Equal("README.md", (string?)metadata.Element(ns + "readme"));
            Assert.False(string.IsNullOrWhiteSpace((string?)metadata.Element(ns + "description")));

            XElement repository = metadata.Element(ns + "repository")!;
            Assert.Equal("git", (string?)repository.Attribute("type"));
            if (Directory.Exists(Path.Combine(package.RepoRoot, ".git")))
            {
                // SourceLink's git information: the commit the package was built from.
                Assert.Matches(new Regex("^[0-9a-f]{40}$"), (string?)repository.Attribute("commit") ?? string.Empty);
            }

            // Consumers get the runtime assembly and nothing else: no dependency at all, in particular not the generator.
            Assert.Empty(metadata.Descendants(ns + "dependency"));
            Assert.Equal(
                new[] { ".NETStandard2.0", "net8.0" },
                metadata.Descendants(ns + "group").Select(g => (string)g.Attribute("targetFramework")!).OrderBy(t => t, StringComparer.Ordinal));
        }

        private static string Read(ZipArchive zip, string path)
        {
            ZipArchiveEntry entry = zip.GetEntry(path) ?? throw new InvalidOperationException($"no {path} in the package");
            using var reader = new StreamReader(entry.Open());
            return reader.ReadToEnd();
        }
    }
}
