using Deploy.Tests.Infrastructure;
using k8s.Models;

namespace Deploy.Tests;

/// <summary>The original's weak spots stay fixed: no root, no plain-text credentials, bounded resources.</summary>
public class PodHardeningTests
{
    public static TheoryData<string> Directories => [.. Kustomize.DeployableDirectories()];

    [Theory]
    [MemberData(nameof(Directories))]
    public async Task Pod_SecurityContext_RunsAsNonRootWithoutEscalation(string directory)
    {
        // Arrange
        var rendered = await Kustomize.RenderAsync(directory);

        // Act
        var workloads = Workload.In(rendered).ToList();

        // Assert
        Assert.NotEmpty(workloads);
        Assert.All(workloads, w =>
        {
            var pod = w.Template.Spec.SecurityContext;
            Assert.True(pod?.RunAsNonRoot, $"{w} may run as root");
            Assert.True(pod?.RunAsUser > 0, $"{w} has no non-zero runAsUser");
            Assert.All(w.Containers, c => Assert.False(c.SecurityContext?.AllowPrivilegeEscalation ?? true));
        });
    }

    [Theory]
    [MemberData(nameof(Directories))]
    public async Task Pod_WithClaimTemplates_SetsFsGroupSoAFreshDiskIsWritable(string directory)
    {
        // Arrange
        var rendered = await Kustomize.RenderAsync(directory);

        // Act
        var stateful = Workload.In(rendered).Where(w => w.ClaimTemplates.Count > 0).ToList();

        // Assert
        Assert.All(stateful, w =>
        {
            var pod = w.Template.Spec.SecurityContext;
            Assert.NotNull(pod.FsGroup);
            Assert.Equal(pod.RunAsGroup, pod.FsGroup);
        });
    }

    [Theory]
    [MemberData(nameof(Directories))]
    public async Task Container_CredentialLikeVariables_ComeFromSecrets(string directory)
    {
        // Arrange
        var rendered = await Kustomize.RenderAsync(directory);
        string[] markers = ["PASSWORD", "SECRET", "ACCESS_KEY", "ROOT_USER", "TOKEN"];

        // Act
        var credentials = Workload.In(rendered).SelectMany(w => w.Containers).SelectMany(c => c.Env ?? [])
            .Where(e => markers.Any(m => e.Name.Contains(m, StringComparison.Ordinal))).ToList();

        // Assert
        Assert.All(credentials, e => Assert.NotNull(e.ValueFrom?.SecretKeyRef));
    }

    [Theory]
    [MemberData(nameof(Directories))]
    public async Task Container_Resources_HaveRequestsAndLimits(string directory)
    {
        // Arrange
        var rendered = await Kustomize.RenderAsync(directory);

        // Act
        var containers = Workload.In(rendered).SelectMany(w => w.Containers).ToList();

        // Assert
        Assert.All(containers, c =>
        {
            Assert.Equal(["cpu", "memory"], c.Resources.Requests.Keys.Order());
            Assert.Equal(["cpu", "memory"], c.Resources.Limits.Keys.Order());
        });
    }

    [Fact]
    public async Task KuraContainer_Resources_MatchTheOriginalSizing()
    {
        // Arrange
        var rendered = await Kustomize.RenderAsync("namespaces/shared-kura");

        // Act
        var resources = rendered.Named<V1StatefulSet>("kura").Spec.Template.Spec.Containers.Single().Resources;

        // Assert
        Assert.Equal("250m", resources.Requests["cpu"].ToString());
        Assert.Equal("128Mi", resources.Requests["memory"].ToString());
        Assert.Equal("500m", resources.Limits["cpu"].ToString());
        Assert.Equal("256Mi", resources.Limits["memory"].ToString());
    }
}
