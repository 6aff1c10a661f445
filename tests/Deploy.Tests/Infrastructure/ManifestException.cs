namespace Deploy.Tests.Infrastructure;

/// <summary>A manifest that does not match the Kubernetes API schema of its kind.</summary>
public sealed class ManifestException(string message, Exception inner) : Exception(message, inner);
