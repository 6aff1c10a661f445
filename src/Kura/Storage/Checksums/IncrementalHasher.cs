using System.Security.Cryptography;

namespace Kura.Storage.Checksums;

/// <summary>Adapts the SHA family.</summary>
internal sealed class IncrementalHasher(IncrementalHash hash) : IChecksumHasher
{
    public void Append(ReadOnlySpan<byte> data) => hash.AppendData(data);

    public byte[] GetValue() => hash.GetCurrentHash();
}
