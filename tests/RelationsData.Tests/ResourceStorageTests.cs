using System;
using System.IO;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using RelationsData.Shared;
using RelationsData.Storage;

namespace RelationsData.Tests;

/// <summary>
/// ResourceStorage on its own: it reads the tables from the assembly's resource stream, in place when the stream is
/// over mapped memory and from a copy otherwise, and refuses a missing resource or another dataset's tables with a
/// message that says what to do. (Generated code over real blobs: the generator's and the package's tests.)
/// </summary>
public class ResourceStorageTests
{
    private static readonly string Hash = new('a', TableBlob.HashLength);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_strings_and_every_column_are_read_from_the_resource(bool mapped)
    {
        var storage = new Tables(new FakeAssembly(TableBlobTests.Blob("héllo", new[] { "1234", "", "56" }), mapped), Hash);

        Assert.Equal(Hash, storage.ContentHash);
        Assert.Equal("héllo", Encoding.UTF8.GetString(storage.Utf8Strings));
        Assert.Equal("1234", Encoding.ASCII.GetString(storage.GetColumn(0)));
        Assert.True(storage.GetColumn(1).IsEmpty);
        Assert.Equal("56", Encoding.ASCII.GetString(storage.GetColumn(2)));
        Assert.True(storage.GetColumn(3).IsEmpty);
        Assert.True(storage.GetColumn(-1).IsEmpty);
    }

    [Fact]
    public void A_mapped_resource_is_read_in_place_not_copied()
    {
        var assembly = new FakeAssembly(TableBlobTests.Blob("strings", new[] { "12" }), mapped: true);
        var storage = new Tables(assembly, Hash);

        ref readonly var first = ref storage.Utf8Strings[0];
        ref readonly var column = ref storage.GetColumn(0)[0];

        Assert.True(Unsafe.AreSame(in first, in assembly.At(assembly.StringsOffset)));
        Assert.True(Unsafe.AreSame(in column, in assembly.At(assembly.StringsOffset + "strings".Length)));
        Assert.Equal(1, assembly.Reads);
    }

    [Fact]
    public void A_missing_resource_says_the_build_step_did_not_run()
    {
        var storage = new Tables(new FakeAssembly(null, mapped: false), Hash);

        var thrown = Assert.Throws<InvalidOperationException>(() => storage.Utf8Strings.Length);

        Assert.Contains("Fake has no embedded RelationsData tables ('RelationsData.CompiledDataset.tables')", thrown.Message, StringComparison.Ordinal);
        Assert.Contains("set RelationsDataStorage to literals", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tables_of_another_hash_or_format_say_to_rebuild()
    {
        var blob = TableBlobTests.Blob("x", new[] { "1" });
        var other = new Tables(new FakeAssembly(blob, mapped: false), new string('b', TableBlob.HashLength));
        var corrupt = new Tables(new FakeAssembly(blob[..^1], mapped: false), Hash);

        Assert.Contains($"(content hash {Hash}) are not the ones its code was generated for", Assert.Throws<InvalidOperationException>(() => other.GetColumn(0).Length).Message, StringComparison.Ordinal);
        Assert.Contains("are corrupt or of another format version", Assert.Throws<InvalidOperationException>(() => corrupt.GetColumn(0).Length).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_assembly_and_the_hash_are_required()
    {
        Assert.Throws<ArgumentNullException>(() => new Tables(null!, Hash));
        Assert.Throws<ArgumentNullException>(() => new Tables(new FakeAssembly(null, mapped: false), null!));
    }

    /// <summary>What generated code writes: the format and data versions; the rest is the base class's.</summary>
    private sealed class Tables(Assembly assembly, string contentHash) : ResourceStorage(assembly, contentHash)
    {
        public override int FormatVersion => BlobFormat.Version;

        public override string DataVersion => "test";
    }

    /// <summary>An assembly whose one resource is a given blob, as a stream over unmanaged memory (as the runtime maps it) or a plain stream.</summary>
    private sealed unsafe class FakeAssembly : Assembly
    {
        private readonly byte[]? blob;
        private readonly bool mapped;
        private readonly IntPtr memory;

        public FakeAssembly(byte[]? blob, bool mapped)
        {
            this.blob = blob;
            this.mapped = mapped;
            if (blob is not null && mapped)
            {
                // Never freed: the storage may read it for as long as the test process lives, as it would an image.
                memory = Marshal.AllocHGlobal(blob.Length);
                blob.CopyTo(new Span<byte>((void*)memory, blob.Length));
            }
        }

        public int Reads { get; private set; }

        /// <summary>Where the strings start in the blob: after the header of four integers, one column length and the hash.</summary>
        public int StringsOffset => (4 + 1) * 4 + TableBlob.HashLength;

        public ref readonly byte At(int offset) => ref ((byte*)memory)[offset];

        public override AssemblyName GetName() => new("Fake");

        public override Stream? GetManifestResourceStream(string name)
        {
            if (blob is null || name != TableBlob.ResourceName)
            {
                return null;
            }

            Reads++;
            return mapped ? new UnmanagedMemoryStream((byte*)memory, blob.Length) : new MemoryStream(blob);
        }
    }
}
