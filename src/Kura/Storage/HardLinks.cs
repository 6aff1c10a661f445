using System.Runtime.InteropServices;

namespace Kura.Storage;

/// <summary>
/// Hard links, which .NET has no API for. A snapshot links the live blobs under new names: no
/// data is copied, and deleting either name leaves the other readable.
/// </summary>
internal static partial class HardLinks
{
    public static void Create(string existing, string link)
    {
        if (Link(existing, link) != 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            throw errno == 28
                ? new IOException("No space left on device", 28)
                : new IOException($"cannot link {existing} to {link} (errno {errno})");
        }
    }

    [LibraryImport("libc", EntryPoint = "link", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Link(string existing, string link);
}
