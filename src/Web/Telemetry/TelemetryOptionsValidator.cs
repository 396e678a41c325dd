using Microsoft.Extensions.Options;

namespace SignauxFaibles.Web.Telemetry;

/// <summary>Refuses telemetry settings that cannot work, at start-up, naming the setting to fix.</summary>
public sealed class TelemetryOptionsValidator : IValidateOptions<TelemetryOptions>
{
    private static readonly string[] ReservedPaths = ["/health", "/ready", "/api", "/alerts", "/firms", "/models", "/static"];

    public ValidateOptionsResult Validate(string? name, TelemetryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        if (options.ServiceName is { } service && string.IsNullOrWhiteSpace(service))
        {
            errors.Add("Telemetry:ServiceName must not be blank (leave it out to use the application name).");
        }

        CheckPath(errors, "Telemetry:Metrics:Path", options.Metrics.Path);
        CheckPath(errors, "Telemetry:Dashboard:Path", options.Dashboard.Path);
        if (options.Metrics.Enabled && options.Dashboard.Enabled
            && string.Equals(options.Metrics.Path.TrimEnd('/'), options.Dashboard.Path.TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
        {
            errors.Add($"Telemetry:Metrics:Path and Telemetry:Dashboard:Path are both '{options.Metrics.Path}'.");
        }

        if (options.OtlpEndpoint is { Length: > 0 } otlp
            && (!Uri.TryCreate(otlp, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            errors.Add($"OTEL_EXPORTER_OTLP_ENDPOINT must be an absolute http(s) URI, not '{otlp}'.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void CheckPath(List<string> errors, string setting, string? path)
    {
        if (string.IsNullOrWhiteSpace(path) || !path.StartsWith('/') || path.Length < 2 || path.Contains(' ', StringComparison.Ordinal))
        {
            errors.Add($"{setting} must be a path such as /metrics (got '{path}').");
            return;
        }

        var trimmed = path.TrimEnd('/');
        if (ReservedPaths.Any(r => trimmed.Equals(r, StringComparison.OrdinalIgnoreCase)))
        {
            errors.Add($"{setting} '{path}' is taken by another endpoint.");
        }
    }
}
