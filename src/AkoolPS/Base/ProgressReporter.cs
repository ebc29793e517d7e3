using System;

namespace AkoolPS.Base;

/// <summary>
/// An IProgress that calls straight through on the reporting thread. (Progress&lt;T&gt; would post to
/// a synchronisation context that PowerShell's pipeline thread does not have.) The callback is
/// expected to queue its write onto the pipeline thread, as AkoolCmdlet's Emit methods do.
/// </summary>
internal sealed class ProgressReporter<T> : IProgress<T>
{
    private readonly Action<T> report;

    public ProgressReporter(Action<T> report) => this.report = report;

    public void Report(T value) => report(value);
}
