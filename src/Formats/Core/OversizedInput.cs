using System.Globalization;
using SignauxFaibles.Domain.Validation;

namespace SignauxFaibles.Formats.Core;

/// <summary>The reject of a line longer than any valid record (<see cref="ValidationOptions.MaxInputBytes"/>).</summary>
public static class OversizedInput
{
    public static Reject Line(int chars, ValidationOptions validation) =>
        new(RejectCode.OversizedInput, "line", string.Create(CultureInfo.InvariantCulture, $"{chars} characters, more than the {validation.MaxInputBytes} any valid record fits in"));
}
