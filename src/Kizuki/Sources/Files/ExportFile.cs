using System.IO.Compression;

namespace Kizuki.Sources.Files;

/// <summary>Opens an export file, unwrapping gzip when the file starts with its magic bytes.</summary>
internal static class ExportFile
{
    private const int BufferSize = 64 * 1024;

    /// <summary>A readable stream of the file's (decompressed) bytes.</summary>
    /// <exception cref="SourceException">The file does not exist or cannot be opened.</exception>
    public static Stream Open(string path)
    {
        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, useAsync: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new SourceException($"{path}: cannot open: {ex.Message}", ex);
        }

        Span<byte> magic = stackalloc byte[2];
        var read = file.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
        file.Position = 0;
        if (read == 2 && magic[0] == 0x1f && magic[1] == 0x8b)
        {
            return new GZipStream(file, CompressionMode.Decompress, leaveOpen: false);
        }

        return file;
    }

    /// <summary>Up to <paramref name="count"/> characters from the start of the (decompressed) file.</summary>
    public static string Head(string path, int count)
    {
        using var stream = Open(path);
        using var reader = new StreamReader(stream);
        var buffer = new char[count];
        var read = reader.ReadBlock(buffer, 0, count);
        return new string(buffer, 0, read);
    }
}
