using System.Runtime.CompilerServices;
using System.Text.Json;
using Kizuki.Model;
using Kizuki.Sources.GitHub;
using Kizuki.Sources.GitLab;
using Kizuki.Sources.Jira;

namespace Kizuki.Sources.Files;

/// <summary>Issues from one export file, in any of the <see cref="FileFormat"/> shapes.</summary>
internal sealed class FileSource : IDefectSource
{
    private readonly string _path;
    private readonly FileImportOptions _options;

    /// <summary>Reads <paramref name="path"/>; the format is detected now unless the options name it.</summary>
    /// <exception cref="SourceException">The file cannot be opened or its format is unknown.</exception>
    public FileSource(string path, FileImportOptions options)
    {
        _path = path;
        _options = options;
        Format = options.Format ?? FileFormatDetector.Detect(path);
    }

    /// <summary>The file's format, named or detected.</summary>
    public FileFormat Format { get; }

    /// <inheritdoc/>
    public string Name => _options.Source ?? $"file:{Path.GetFileName(_path)}";

    /// <inheritdoc/>
    public async IAsyncEnumerable<Defect> ReadAsync(
        DateTimeOffset? since,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var defects = Format == FileFormat.JiraCsv
            ? JiraCsvReader.ReadAsync(
                _path, CsvSourceName(), _options.CsvTimeZone, _options.CustomFields, cancellationToken)
            : ReadJsonAsync(cancellationToken);
        await foreach (var defect in defects)
        {
            yield return defect.Type is null && _options.DefaultType is { } type ? defect with { Type = type } : defect;
        }
    }

    private async IAsyncEnumerable<Defect> ReadJsonAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var position = 0;
        await foreach (var item in JsonItemReader.ReadAsync(_path, cancellationToken))
        {
            position++;
            Defect? defect;
            try
            {
                defect = MapJson(item);
            }
            catch (Exception ex) when (ex is FormatException or InvalidOperationException)
            {
                throw new SourceException($"{_path} item {position}: not a {Format} issue: {ex.Message}", ex);
            }

            if (defect is not null)
            {
                yield return defect;
            }
        }
    }

    private Defect? MapJson(JsonElement item) => Format switch
    {
        FileFormat.GitHubJson => GitHubIssueJson.Map(item, _options.Source),
        FileFormat.GitLabJson => GitLabIssueJson.Map(item, _options.Source),
        FileFormat.JiraJson => JiraIssueJson.Map(item, _options.Source, _options.CustomFields),
        _ => throw new InvalidOperationException($"{Format} is not a JSON format"),
    };

    // A Jira CSV names no project for trimmed exports, so the file name stands in for it.
    private string CsvSourceName() =>
        _options.Source ?? "jira:" + Path.GetFileNameWithoutExtension(_path);
}
