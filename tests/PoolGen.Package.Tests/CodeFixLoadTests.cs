using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Xunit;

namespace PoolGen.Package.Tests
{
    /// <summary>
    /// The code fixes as an IDE loads them from the package: analyzers/dotnet/cs/PoolGen.CodeFixes.dll, with the host's
    /// Roslyn and nothing else, in a collectible load context; every code fix provider in it is created and asked what it
    /// fixes. Two hosts: the oldest Roslyn the package is built for (the Workspaces 4.8.0 this test project references),
    /// and the current one of the SDK that runs the test (its dotnet-format tool, a design-time host of its own).
    /// </summary>
    [Collection(PackageCollection.Name)]
    public sealed class CodeFixLoadTests
    {
        /// <summary>The diagnostics with a code fix, as issue 17 lists them.</summary>
        private static readonly string[] FixedIds = { "PG0006", "PG0009", "PG0010", "PG0012", "PG0014", "PG0015", "PG0019", "PG0053", "PG0057", "PG0058", "PG0059" };

        private readonly PackageFixture package;

        public CodeFixLoadTests(PackageFixture package) => this.package = package;

        public static TheoryData<string> Hosts => new() { "Workspaces 4.8.0", "SDK dotnet-format" };

        [Theory]
        [MemberData(nameof(Hosts))]
        public void CodeFixesLoadAndCreateWithTheHostsRoslynOnly(string host)
        {
            string codeFixes = Extract("analyzers/dotnet/cs/PoolGen.CodeFixes.dll");
            string hostFolder = host == "SDK dotnet-format" ? DotNetFormatFolder() : AppContext.BaseDirectory;
            var context = new HostLoadContext(hostFolder);
            try
            {
                Assembly assembly = context.LoadFromAssemblyPath(codeFixes);

                // Nothing to ship beside it: it references Roslyn (the host's) and the framework only.
                Assert.All(assembly.GetReferencedAssemblies(), reference => Assert.True(
                    reference.Name!.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) || reference.Name is "netstandard" || IsFramework(reference.Name),
                    $"PoolGen.CodeFixes references {reference.FullName}, which neither the IDE nor the framework provides"));

                // Every type loads (a missing dependency would throw here), and Roslyn comes from the host's folder.
                Type[] types = assembly.GetTypes();
                Assembly workspaces = context.Assemblies.Single(a => a.GetName().Name == "Microsoft.CodeAnalysis.Workspaces");
                Assert.Equal(Path.TrimEndingDirectorySeparator(Path.GetFullPath(hostFolder)), Path.GetDirectoryName(workspaces.Location));
                Type providerType = workspaces.GetType("Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider", throwOnError: true)!;

                var fixedIds = new List<string>();
                Type[] providers = types.Where(t => providerType.IsAssignableFrom(t) && !t.IsAbstract).ToArray();
                Assert.NotEmpty(providers);
                foreach (Type type in providers)
                {
                    // The IDE finds a provider by its export attribute and creates it with its parameterless constructor.
                    CustomAttributeData export = Assert.Single(type.CustomAttributes, a => a.AttributeType.Name == "ExportCodeFixProviderAttribute");
                    Assert.Equal("C#", export.ConstructorArguments[0].Value);
                    object provider = Activator.CreateInstance(type)!;

                    var ids = ((IEnumerable<string>)type.GetProperty("FixableDiagnosticIds")!.GetValue(provider)!).ToArray();
                    Assert.NotEmpty(ids);
                    fixedIds.AddRange(ids);
                    Assert.NotNull(type.GetMethod("GetFixAllProvider")!.Invoke(provider, null));
                }

                Assert.Equal(FixedIds, fixedIds.OrderBy(id => id, StringComparer.Ordinal));
            }
            finally
            {
                context.Unload();
            }
        }

        /// <summary>Writes one entry of the package to the fixture's folder and returns its path.</summary>
        private string Extract(string entryName)
        {
            string path = Path.Combine(package.Root, "extracted", entryName);
            if (!File.Exists(path))
            {
                using ZipArchive zip = ZipFile.OpenRead(package.PackagePath);
                ZipArchiveEntry entry = zip.GetEntry(entryName) ?? throw new InvalidOperationException($"no {entryName} in the package");
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                entry.ExtractToFile(path);
            }

            return path;
        }

        /// <summary>The dotnet-format folder of the SDK that the repository's global.json selects (the one running the tests).</summary>
        private string DotNetFormatFolder()
        {
            string version = DotNet.Run(package.RepoRoot, null, "--version").Trim();
            string host = DotNet.Host == "dotnet" ? DotNetOnPath() : DotNet.Host;
            string folder = Path.Combine(Path.GetDirectoryName(host)!, "sdk", version, "DotnetTools", "dotnet-format");
            Assert.True(File.Exists(Path.Combine(folder, "Microsoft.CodeAnalysis.Workspaces.dll")), $"no Workspaces assembly in {folder}");
            return folder;
        }

        private static string DotNetOnPath()
            => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
                .Select(dir => Path.Combine(dir, "dotnet"))
                .Select(path => File.Exists(path) ? new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path : null)
                .First(path => path is not null)!;

        private static bool IsFramework(string name)
            => ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
                .Any(path => Path.GetFileNameWithoutExtension(path) == name && path.Contains("Microsoft.NETCore.App", StringComparison.Ordinal));

        /// <summary>Roslyn (and what it brings) from the host's folder; the framework from the default context.</summary>
        private sealed class HostLoadContext : AssemblyLoadContext
        {
            private readonly string folder;

            public HostLoadContext(string folder)
                : base("poolgen-codefix-host", isCollectible: true) => this.folder = folder;

            protected override Assembly? Load(AssemblyName assemblyName)
            {
                string path = Path.Combine(folder, assemblyName.Name + ".dll");
                return assemblyName.Name!.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) && File.Exists(path) ? LoadFromAssemblyPath(path) : null;
            }
        }
    }
}
