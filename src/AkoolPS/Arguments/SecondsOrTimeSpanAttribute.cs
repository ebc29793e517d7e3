using System;
using System.Globalization;
using System.Management.Automation;

namespace AkoolPS.Arguments;

/// <summary>
/// Lets a TimeSpan parameter take a plain number as seconds (<c>-Timeout 90</c>), where PowerShell
/// alone would read it as ticks. TimeSpans and strings like "00:30:00" pass through unchanged.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class SecondsOrTimeSpanAttribute : ArgumentTransformationAttribute
{
    /// <inheritdoc />
    public override object Transform(EngineIntrinsics engineIntrinsics, object inputData)
    {
        var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
        switch (value)
        {
            case int or long or short or byte or double or float or decimal:
                return TimeSpan.FromSeconds(Convert.ToDouble(value, CultureInfo.InvariantCulture));
            case string text when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds):
                return TimeSpan.FromSeconds(seconds);
            default:
                return inputData;
        }
    }
}
