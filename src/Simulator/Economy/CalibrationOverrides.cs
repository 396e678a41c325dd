using System.Globalization;
using System.Reflection;

namespace SignauxFaibles.Simulator.Economy;

/// <summary>
/// Applies <c>Name=value</c> overrides to a <see cref="Calibration"/> (the CLI's <c>--set</c>), so the
/// economy can be explored without rebuilding: a research instrument needs its knobs within reach.
/// </summary>
public static class CalibrationOverrides
{
    public static bool TryApply(Calibration baseline, IEnumerable<string> overrides, out Calibration result, out string? error)
    {
        result = baseline with { };
        error = null;
        foreach (var text in overrides)
        {
            var parts = text.Split('=', 2);
            var property = parts.Length == 2
                ? typeof(Calibration).GetProperty(parts[0].Trim(), BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)
                : null;
            if (property is null || !property.CanWrite)
            {
                error = $"'{text}' is not Name=value with Name one of: {string.Join(", ", typeof(Calibration).GetProperties().Select(p => p.Name))}";
                return false;
            }

            object? value = property.PropertyType == typeof(int)
                ? int.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : null
                : double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;
            if (value is null)
            {
                error = $"'{parts[1]}' is not a valid {property.PropertyType.Name} for {property.Name}";
                return false;
            }

            property.SetValue(result, value);
        }

        return true;
    }
}
