using Kura.Auth;

namespace Kura.Tests.Auth;

/// <summary>The credentials and time of the worked examples in AWS's SigV4 documentation for S3.</summary>
internal static class AwsExample
{
    public const string AccessKeyId = "AKIAIOSFODNN7EXAMPLE";
    public const string SecretKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    public const string AmzDate = "20130524T000000Z";
    public const string Scope = "20130524/us-east-1/s3/aws4_request";
    public const string EmptySha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    public static readonly DateTimeOffset Time = new(2013, 5, 24, 0, 0, 0, TimeSpan.Zero);

    public static ICredentialStore Credentials => new RootCredentialStore(new AccessKey(AccessKeyId, SecretKey));
}
