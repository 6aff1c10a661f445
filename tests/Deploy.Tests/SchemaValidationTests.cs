using Deploy.Tests.Infrastructure;

namespace Deploy.Tests;

public class SchemaValidationTests
{
    private const string ValidService = """
        apiVersion: v1
        kind: Service
        metadata:
          name: kura
        spec:
          clusterIP: None
          ports:
            - name: s3
              port: 9000
              targetPort: s3
        """;

    public static TheoryData<string> Directories => [.. Kustomize.DeployableDirectories()];

    [Theory]
    [MemberData(nameof(Directories))]
    public async Task Validate_EveryRenderedObject_MatchesItsKindStrictly(string directory)
    {
        // Arrange
        var yaml = await Kustomize.BuildYamlAsync(directory);
        var documents = yaml.Split("\n---\n").Length;

        // Act
        var objects = ManifestValidator.Parse(yaml);

        // Assert
        Assert.Equal(documents, objects.Count);
        Assert.DoesNotContain(objects, o => o.GetType().Namespace != "k8s.Models");
    }

    [Fact]
    public void Validate_KnownFieldsOnly_IsAccepted()
    {
        // Act
        var objects = ManifestValidator.Parse(ValidService);

        // Assert
        Assert.Single(objects);
    }

    [Theory]
    [InlineData("  clusterIP: None", "  clusterIP: None\n  clusterIp: None", "clusterIp")]
    [InlineData("      targetPort: s3", "      targetPort: s3\n      containerPort: 9000", "containerPort")]
    [InlineData("  name: kura", "  name: kura\n  labelz: {}", "labelz")]
    public void Validate_UnknownField_IsRejected(string line, string replacement, string field)
    {
        // Arrange
        var yaml = ValidService.Replace(line, replacement, StringComparison.Ordinal);

        // Act
        var error = Assert.Throws<ManifestException>(() => ManifestValidator.Parse(yaml));

        // Assert
        Assert.Contains(field, error.Message, StringComparison.Ordinal);
        Assert.Contains("kind: Service", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TextWhereTheSchemaWantsANumber_IsRejected()
    {
        // Arrange
        var yaml = ValidService.Replace("port: 9000", "port: nine-thousand", StringComparison.Ordinal);

        // Act & Assert
        Assert.Throws<ManifestException>(() => ManifestValidator.Parse(yaml));
    }

    [Fact]
    public void Validate_UnknownApiVersionAndKind_IsRejected()
    {
        // Arrange
        var yaml = ValidService.Replace("kind: Service", "kind: Servce", StringComparison.Ordinal);

        // Act & Assert
        Assert.Throws<ManifestException>(() => ManifestValidator.Parse(yaml));
    }
}
