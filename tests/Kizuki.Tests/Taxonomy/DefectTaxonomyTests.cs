using Kizuki.Model;
using Kizuki.Sources.Files;
using Kizuki.Taxonomy;
using Kizuki.Tests.Fixtures;

namespace Kizuki.Tests.Taxonomy;

public sealed class DefectTaxonomyTests
{
    private static readonly DefectTaxonomy Default = TaxonomyLoader.LoadDefault();

    [Fact]
    public void Classify_JapaneseLabels_FillDefectAndCause()
    {
        // Arrange
        var defect = Issue(["不具合", "原因:仕様漏れ", "検出工程：結合テスト"]);

        // Act
        var result = Default.Classify(defect);

        // Assert
        Assert.Equal(["yes"], result["defect"].Values);
        Assert.Equal(["仕様漏れ"], result["cause"].Values);
        Assert.Equal(["結合テスト"], result["detected_phase"].Values);
        Assert.False(result.HasConflict);
    }

    [Fact]
    public void Classify_BugAndEnhancement_KeepsBothAndFlagsConflict()
    {
        // Arrange
        var defect = Issue(["bug", "enhancement"]);

        // Act
        var result = Default.Classify(defect);

        // Assert
        Assert.Equal(["yes", "no"], result["defect"].Values);
        Assert.True(result["defect"].Conflict);
        Assert.Equal(["defect"], result.ConflictingDimensions);
        Assert.True(DefectTaxonomy.IsDefect(result));
    }

    [Fact]
    public void Classify_SeveralComponents_IsNoConflict()
    {
        // Arrange
        var defect = Issue(["component:auth", "area/billing"]) with { Component = "api" };

        // Act
        var result = Default.Classify(defect);

        // Assert
        Assert.Equal(["auth", "billing", "api"], result["component"].Values);
        Assert.False(result.HasConflict);
    }

    [Theory]
    [InlineData("Blocker", "critical")]
    [InlineData("Major", "major")]
    [InlineData("Trivial", "minor")]
    public void Classify_JiraPriority_MapsToSeverity(string priority, string severity)
    {
        // Arrange
        var defect = Issue([]) with { Priority = priority };

        // Act
        var result = Default.Classify(defect);

        // Assert
        Assert.Equal([severity], result["severity"].Values);
    }

    [Fact]
    public void Parse_ExactRuleOnCustomField_MatchesCaseInsensitively()
    {
        // Arrange
        const string yaml = """
            dimensions:
              - id: detected_phase
                name_ja: 検出工程
                rules:
                  - field: customfield_10050
                    exact: Production
                    value: 本番
            """;
        var taxonomy = TaxonomyLoader.Parse(yaml, "inline");
        var fields = new Dictionary<string, string?> { ["customfield_10050"] = "production" };
        var defect = Issue([]) with { Fields = fields };

        // Act
        var result = taxonomy.Classify(defect);

        // Assert
        Assert.Equal(["本番"], result["detected_phase"].Values);
        Assert.Equal("検出工程", taxonomy.Dimensions[0].NameJa);
    }

    [Fact]
    public void Parse_BadRegex_NamesDimensionAndRule()
    {
        // Arrange
        const string yaml = """
            dimensions:
              - id: cause
                rules:
                  - regex: '^(unclosed'
            """;

        // Act
        var error = Assert.Throws<TaxonomyException>(() => TaxonomyLoader.Parse(yaml, "team.yaml"));

        // Assert
        Assert.Contains("team.yaml: dimension 'cause' rule #1: bad regex", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Classify_HuggingFaceDump_DefectCountMatchesBugLabelsInRawFile()
    {
        // Arrange
        var raw = RawCounts.GitHubIssues(DefectData.GitHubHuggingFace);
        static bool IsBugLabel(string name) => name == "bug" || name.EndsWith(" bug", StringComparison.Ordinal);
        static bool IsNoLabel(string name) => name is "enhancement" or "question" or "documentation";
        var labels = raw.Select(i => i.GetProperty("labels").EnumerateArray()
            .Select(l => l.GetProperty("name").GetString()!).ToList()).ToList();
        var expectedDefects = labels.Count(l => l.Any(IsBugLabel));
        var expectedConflicts = labels.Count(l => l.Any(IsBugLabel) && l.Any(IsNoLabel));
        var source = new FileSource(DefectData.GitHubHuggingFace, new FileImportOptions());

        // Act
        var classified = new List<Classification>();
        await foreach (var defect in source.ReadAsync(null, CancellationToken.None))
        {
            classified.Add(Default.Classify(defect));
        }

        // Assert
        Assert.Equal(expectedDefects, classified.Count(DefectTaxonomy.IsDefect));
        Assert.Equal(expectedConflicts, classified.Count(c => c["defect"].Conflict));
        Assert.True(expectedDefects > 708);
    }

    private static Defect Issue(IReadOnlyList<string> labels) => new()
    {
        Source = "test",
        Key = "1",
        Title = "t",
        State = IssueState.Open,
        CreatedAt = DateTimeOffset.UnixEpoch,
        UpdatedAt = DateTimeOffset.UnixEpoch,
        Labels = labels,
    };
}
