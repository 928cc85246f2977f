using System;
using System.ComponentModel;
using System.IO;
using System.Reflection;
using System.Threading;
using RelationsData.Shared;

namespace RelationsData.Storage;

/// <summary>
/// Tables embedded in the assembly as a manifest resource (RelationsDataStorage=resource), written by the package's
/// build step from the same data files the generator reads. The resource is read where the runtime mapped the
/// assembly, as a span over the image with no copy, on first use. Apps use the typed API, not this type.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class ResourceStorage : DatasetStorage
{
    private readonly Assembly assembly;
    private readonly string contentHash;
    private Blob? blob;

    /// <summary>Storage over the tables embedded in <paramref name="assembly"/>, which must be those of <paramref name="contentHash"/>.</summary>
    /// <param name="assembly">The assembly the generated code was compiled into.</param>
    /// <param name="contentHash">The content hash of the tables the generated code was compiled for.</param>
    protected ResourceStorage(Assembly assembly, string contentHash)
    {
        this.assembly = assembly ?? throw new ArgumentNullException(nameof(assembly));
        this.contentHash = contentHash ?? throw new ArgumentNullException(nameof(contentHash));
    }

    /// <inheritdoc/>
    public sealed override string ContentHash => contentHash;

    /// <inheritdoc/>
    public sealed override ReadOnlySpan<byte> Utf8Strings
    {
        get
        {
            var tables = Tables;
            return tables.Span.Slice(tables.Layout.StringsStart, tables.Layout.StringsLength);
        }
    }

    private Blob Tables => Volatile.Read(ref blob) ?? Load();

    /// <inheritdoc/>
    public sealed override ReadOnlySpan<byte> GetColumn(int column)
    {
        var tables = Tables;
        return (uint)column < (uint)tables.Layout.ColumnCount ? tables.Span.Slice(tables.Layout.ColumnStart(column), tables.Layout.ColumnLength(column)) : default;
    }

    private Blob Load()
    {
        var stream = assembly.GetManifestResourceStream(TableBlob.ResourceName)
            ?? throw new InvalidOperationException(
                $"The assembly {assembly.GetName().Name} has no embedded RelationsData tables ('{TableBlob.ResourceName}'): its data was compiled with "
                + "RelationsDataStorage=resource, which needs the RelationsData build step (dotnet build, or MSBuild on .NET). Rebuild the project, or set "
                + "RelationsDataStorage to literals.");
        var loaded = Blob.From(stream);
        var layout = TableBlob.Layout.Read(loaded.Span)
            ?? throw new InvalidOperationException($"The RelationsData tables embedded in {assembly.GetName().Name} are corrupt or of another format version than {BlobFormat.Version}: rebuild the project.");
        if (!string.Equals(layout.ContentHash, contentHash, StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                $"The RelationsData tables embedded in {assembly.GetName().Name} (content hash {layout.ContentHash}) are not the ones its code was generated for ({contentHash}): rebuild the project.");
        }

        var tables = loaded.With(layout);
        return Interlocked.CompareExchange(ref blob, tables, null) ?? tables;
    }

    /// <summary>The resource's bytes: a pointer into the mapped image, or, where a host gives a stream of another kind, a copy.</summary>
    private sealed unsafe class Blob
    {
        private readonly byte* pointer;
        private readonly int length;
        private readonly byte[]? copy;

        // Kept, not disposed: the runtime's resource stream holds its module, so that a collectible assembly's image
        // stays mapped while this storage reads it.
        private readonly UnmanagedMemoryStream? mapped;

        private Blob(UnmanagedMemoryStream? mapped, int length, byte[]? copy, TableBlob.Layout layout)
        {
            this.mapped = mapped;
            pointer = mapped is null ? null : mapped.PositionPointer;
            this.length = length;
            this.copy = copy;
            Layout = layout;
        }

        public TableBlob.Layout Layout { get; }

        public ReadOnlySpan<byte> Span => copy ?? new ReadOnlySpan<byte>(pointer, length);

        public static Blob From(Stream stream)
        {
            if (stream is UnmanagedMemoryStream mapped)
            {
                return new Blob(mapped, checked((int)mapped.Length), null, default);
            }

            using (stream)
            {
                var bytes = new byte[stream.Length];
                var read = 0;
                while (read < bytes.Length && stream.Read(bytes, read, bytes.Length - read) is var n and > 0)
                {
                    read += n;
                }

                return new Blob(null, 0, bytes, default);
            }
        }

        public Blob With(TableBlob.Layout layout) => new(mapped, length, copy, layout);
    }
}
