using System.Globalization;
using System.Text.RegularExpressions;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace Kizuki.Export;

/// <summary>
/// Uploads an export's files twice: under a dated key (<c>PREFIX2026/12/03/kizuki-defects.xlsx</c>)
/// that is kept, and under <c>PREFIXlatest/kizuki-defects.xlsx</c> that each day overwrites, so
/// a dashboard can always read the same key.
/// </summary>
internal sealed partial class S3Publisher : IDisposable
{
    private readonly S3Settings _settings;
    private readonly AmazonS3Client _client;
    private readonly ILogger<S3Publisher> _logger;

    /// <summary>A client for <paramref name="settings"/>'s endpoint.</summary>
    public S3Publisher(S3Settings settings, ILogger<S3Publisher> logger)
    {
        _settings = settings;
        _logger = logger;
        var config = new AmazonS3Config
        {
            ServiceURL = settings.Endpoint,
            ForcePathStyle = true,
            AuthenticationRegion = settings.Region,

            // Checksums only where S3 requires them: older S3-compatible servers reject the
            // trailing checksums the SDK sends by default.
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };
        _client = new AmazonS3Client(new BasicAWSCredentials(settings.AccessKey, settings.SecretKey), config);
    }

    /// <summary>Uploads each file under its dated and its latest key; returns the keys written.</summary>
    public async Task<IReadOnlyList<string>> PublishAsync(
        IEnumerable<string> files,
        DateOnly day,
        CancellationToken cancellationToken)
    {
        var keys = new List<string>();
        var dated = day.ToString("yyyy'/'MM'/'dd", CultureInfo.InvariantCulture);
        foreach (var file in files)
        {
            var name = Undated(Path.GetFileName(file));
            foreach (var key in (string[])[$"{_settings.Prefix}{dated}/{name}", $"{_settings.Prefix}latest/{name}"])
            {
                await _client.PutObjectAsync(
                    new PutObjectRequest
                    {
                        BucketName = _settings.Bucket,
                        Key = key,
                        FilePath = file,
                        ContentType = ContentType(file),
                    },
                    cancellationToken);
                Log.Uploaded(_logger, file, _settings.Bucket, key, new FileInfo(file).Length);
                keys.Add(key);
            }
        }

        return keys;
    }

    /// <inheritdoc/>
    public void Dispose() => _client.Dispose();

    // "kizuki-defects-2026-12-03.xlsx" -> "kizuki-defects.xlsx": the date moves into the key path.
    private static string Undated(string fileName) => DatePart().Replace(fileName, string.Empty);

    private static string ContentType(string file) => Path.GetExtension(file) switch
    {
        ".xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ".csv" => "text/csv; charset=utf-8",
        _ => "application/octet-stream",
    };

    [GeneratedRegex(@"-\d{4}-\d{2}-\d{2}(?=\.)")]
    private static partial Regex DatePart();
}
