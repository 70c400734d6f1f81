using System;
using CydShunt.Web.Session;
using Microsoft.AspNetCore.Components;

namespace CydShunt.Web.Components;

/// <summary>A part of the dashboard that shows the session and redraws whenever it changes.</summary>
public abstract class SessionComponent : ComponentBase, IDisposable
{
    /// <summary>The one session of the page.</summary>
    [Inject]
    protected ShuntSession Session { get; set; } = default!;

    /// <inheritdoc/>
    public void Dispose()
    {
        Session.Changed -= OnChanged;
        GC.SuppressFinalize(this);
    }

    /// <inheritdoc/>
    protected override void OnInitialized() => Session.Changed += OnChanged;

    private void OnChanged() => InvokeAsync(StateHasChanged);
}
