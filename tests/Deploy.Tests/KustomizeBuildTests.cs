using Deploy.Tests.Infrastructure;
using k8s;
using k8s.Models;

namespace Deploy.Tests;

public class KustomizeBuildTests
{
    public static TheoryData<string> Directories => [.. Kustomize.DeployableDirectories()];

    [Fact]
    public void Directories_NamespacesAndOverlay_AreAllFound()
    {
        // Arrange
        string[] expected =
        [
            "namespaces/app-a", "namespaces/app-b", "namespaces/shared-db", "namespaces/shared-kura",
            "overlays/shared-kura-bucket-job",
        ];

        // Act
        var found = Kustomize.DeployableDirectories().ToArray();

        // Assert
        Assert.Equal(expected, found);
    }

    [Theory]
    [MemberData(nameof(Directories))]
    public async Task Build_DeployableDirectory_RendersItsNamespaceAndObjects(string directory)
    {
        // Arrange
        var yaml = await Kustomize.BuildYamlAsync(directory);

        // Act
        var rendered = await Kustomize.RenderAsync(directory);

        // Assert
        Assert.NotEmpty(yaml);
        Assert.Single(rendered.All<V1Namespace>());
        Assert.True(rendered.Objects.Count >= 5, $"deploy/{directory} renders only {rendered.Objects.Count} objects");
    }

    [Theory]
    [MemberData(nameof(Directories))]
    public async Task Build_NamespacedObjects_LandInTheDirectorysNamespace(string directory)
    {
        // Arrange
        var rendered = await Kustomize.RenderAsync(directory);
        var expected = rendered.All<V1Namespace>().Single().Metadata.Name;

        // Act
        var namespaced = rendered.Objects.OfType<IKubernetesObject<V1ObjectMeta>>()
            .Where(o => o is not (V1Namespace or V1StorageClass))
            .ToList();

        // Assert
        Assert.NotEmpty(namespaced);
        Assert.All(namespaced, o => Assert.Equal(expected, o.Metadata.NamespaceProperty));
    }
}
