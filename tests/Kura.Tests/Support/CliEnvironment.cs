using Kura.Tests.Fixtures;

namespace Kura.Tests.Support;

/// <summary>
/// The environment a command-line S3 client gets: credentials and nothing from home.
/// </summary>
public static class CliEnvironment
{
    /// <summary>
    /// Credentials, region and endpoint for the server; no config files are read.
    /// </summary>
    public static Dictionary<string, string> For(KuraServer server)
    {
        var missing = Path.Combine(Path.GetTempPath(), "kura-test-no-aws-config");
        return new Dictionary<string, string>
        {
            ["AWS_ACCESS_KEY_ID"] = server.AccessKey,
            ["AWS_SECRET_ACCESS_KEY"] = server.SecretKey,
            ["AWS_DEFAULT_REGION"] = "us-east-1",
            ["AWS_REGION"] = "us-east-1",
            ["AWS_CONFIG_FILE"] = missing,
            ["AWS_SHARED_CREDENTIALS_FILE"] = missing,
            ["AWS_EC2_METADATA_DISABLED"] = "true",
            ["S3_ENDPOINT"] = server.EndpointText,
            ["PYTHONIOENCODING"] = "utf-8",
            ["LC_ALL"] = "C.UTF-8",
        };
    }
}
