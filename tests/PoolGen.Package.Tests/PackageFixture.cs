using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Xunit;

namespace PoolGen.Package.Tests
{
    /// <summary>
    /// Packs src/PoolGen once for the tests of a class, with the command a person would use, into a temporary folder
    /// (the build goes to a temporary artifacts folder too, so the repository's bin/ and obj/ are not touched).
    /// </summary>
    public sealed class PackageFixture : IDisposable
    {
        public PackageFixture()
        {
            RepoRoot = typeof(PackageFixture).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .Single(a => a.Key == "PoolGenRepoRoot").Value!;
            Assert.True(File.Exists(Path.Combine(RepoRoot, "src", "PoolGen", "PoolGen.csproj")), $"no src/PoolGen/PoolGen.csproj under {RepoRoot}");

            Root = Path.Combine(Path.GetTempPath(), "poolgen-package-tests-" + Guid.NewGuid().ToString("N")[..12]);
            Feed = Path.Combine(Root, "feed");
            Directory.CreateDirectory(Feed);

            PackOutput = DotNet.Run(RepoRoot, null,
                "pack", Path.Combine(RepoRoot, "src", "PoolGen", "PoolGen.csproj"),
                "-c", "Release", "-o", Feed, "--artifacts-path", Path.Combine(Root, "artifacts"), "-warnaserror");

            string[] packages = Directory.GetFiles(Feed, "*.nupkg");
            Assert.True(packages.Length == 1, $"pack wrote {packages.Length} packages to {Feed}: {string.Join(", ", packages)}\n{PackOutput}");
            PackagePath = packages[0];
            string name = Path.GetFileNameWithoutExtension(PackagePath);
            Assert.StartsWith("PoolGen.", name, StringComparison.Ordinal);
            Version = name["PoolGen.".Length..];
        }

        public string RepoRoot { get; }

        /// <summary>A temporary folder for everything the tests write; deleted afterwards.</summary>
        public string Root { get; }

        /// <summary>The folder the package was packed into: the consumers' only package source.</summary>
        public string Feed { get; }

        public string PackagePath { get; }

        public string Version { get; }

        public string PackOutput { get; }

        public void Dispose()
        {
            if (Environment.GetEnvironmentVariable("POOLGEN_KEEP_PACKAGE_TESTS") == "1")
            {
                return;
            }

            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
                // Left for the system's temporary-file cleanup.
            }
        }
    }

    [CollectionDefinition(Name)]
    public sealed class PackageCollection : ICollectionFixture<PackageFixture>
    {
        public const string Name = "package";
    }
}
