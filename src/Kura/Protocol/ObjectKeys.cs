using System.Text;

namespace Kura.Protocol;

/// <summary>
/// Object keys are opaque UTF-8 up to 1,024 bytes. They are never turned into paths (bodies live
/// under random blob names), so "../x", "a//b" and "/a" are just keys.
/// </summary>
internal static class ObjectKeys
{
    public const int MaxBytes = 1024;

    public static void Validate(string key)
    {
        if (Encoding.UTF8.GetByteCount(key) > MaxBytes)
        {
            throw new S3Exception(S3Error.KeyTooLongError,
                $"Your key is too long: keys are at most {MaxBytes} bytes of UTF-8.");
        }
    }
}
