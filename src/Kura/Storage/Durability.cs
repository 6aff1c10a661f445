using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Kura.Storage;

/// <summary>
/// fsync for folders. .NET can flush a file to disk (<see cref="FileStream.Flush(bool)"/>) but
/// has no call that makes a rename durable, which needs the folder itself synced.
/// </summary>
internal static partial class Durability
{
    private const int ReadOnly = 0;
    private const uint SyncFileRangeWrite = 2;

    /// <summary>Makes the entries of a folder (creations, renames, deletions) durable.</summary>
    public static void SyncDirectory(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var fd = Open(path, ReadOnly);
        if (fd < 0)
        {
            throw new IOException($"cannot open folder {path} to sync it (errno {Marshal.GetLastPInvokeError()})");
        }

        try
        {
            if (Fsync(fd) != 0)
            {
                throw new IOException($"fsync of folder {path} failed (errno {Marshal.GetLastPInvokeError()})");
            }
        }
        finally
        {
            _ = Close(fd);
        }
    }

    /// <summary>
    /// Starts writing a range of a file back to disk without waiting (Linux sync_file_range), so
    /// the fsync at the end of a large upload finds little left to do. A hint: errors are
    /// ignored, since the final fsync is what guarantees durability.
    /// </summary>
    public static void StartWriteback(SafeFileHandle file, long offset, long length)
    {
        if (OperatingSystem.IsLinux())
        {
            _ = SyncFileRange((int)file.DangerousGetHandle(), offset, length, SyncFileRangeWrite);
        }
    }

    [LibraryImport("libc", EntryPoint = "sync_file_range", SetLastError = true)]
    private static partial int SyncFileRange(int fd, long offset, long length, uint flags);

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static partial int Fsync(int fd);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int Close(int fd);
}
