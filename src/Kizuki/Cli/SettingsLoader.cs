using Kizuki.Export;
using Kizuki.Sources;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Kizuki.Cli;

/// <summary>Reads <c>kizuki.yaml</c> and resolves the secrets it points at.</summary>
internal static class SettingsLoader
{
    /// <summary>
    /// The settings in <paramref name="path"/>; defaults when the path is null and no kizuki.yaml exists.
    /// </summary>
    /// <exception cref="SourceException">The file is missing (when named) or malformed.</exception>
    public static KizukiSettings Load(string? path)
    {
        var file = path ?? (File.Exists("kizuki.yaml") ? "kizuki.yaml" : null);
        if (file is null)
        {
            return new KizukiSettings();
        }

        if (!File.Exists(file))
        {
            throw new SourceException($"{file}: settings file not found");
        }

        try
        {
            return new DeserializerBuilder()
                .WithNamingConvention(UnderscoredNamingConvention.Instance)
                .Build()
                .Deserialize<KizukiSettings?>(File.ReadAllText(file)) ?? new KizukiSettings();
        }
        catch (YamlException ex)
        {
            throw new SourceException($"{file} line {ex.Start.Line}: {ex.Message}", ex);
        }
    }

    /// <summary>The tracker settings with the token read from its variable or file.</summary>
    public static TrackerSettings Resolve(KizukiSettings.SourceSettings source) => new()
    {
        Kind = source.Kind,
        BaseUrl = source.BaseUrl,
        Project = source.Project,
        Jql = source.Jql,
        User = source.User,
        Token = Secret(source.TokenEnv, source.TokenFile),
        WriteToken = Secret(source.WriteTokenEnv, source.WriteTokenFile),
        CustomFields = source.CustomFields,
    };

    /// <summary>The S3 target with keys read from the environment, or null when none is configured.</summary>
    public static S3Settings? ResolveS3(KizukiSettings settings)
    {
        if (settings.Export.S3 is not { } s3)
        {
            return null;
        }

        return new S3Settings
        {
            Endpoint = s3.Endpoint,
            Bucket = s3.Bucket,
            Prefix = s3.Prefix,
            Region = s3.Region,
            AccessKey = Secret(s3.AccessKeyEnv, null)
                ?? throw new SourceException($"S3 upload: environment variable {s3.AccessKeyEnv} is not set"),
            SecretKey = Secret(s3.SecretKeyEnv, null)
                ?? throw new SourceException($"S3 upload: environment variable {s3.SecretKeyEnv} is not set"),
        };
    }

    private static string? Secret(string? variable, string? file)
    {
        if (variable is not null && Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value)
        {
            return value.Trim();
        }

        return file is not null && File.Exists(file) ? File.ReadAllText(file).Trim() : null;
    }
}
