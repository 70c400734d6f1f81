using System;
using CydShunt.Web.Bluetooth;
using CydShunt.Web.Components;
using CydShunt.Web.Session;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Components.WebAssembly.Hosting;
using Microsoft.Extensions.DependencyInjection;

WebAssemblyHostBuilder builder = WebAssemblyHostBuilder.CreateDefault(args);
builder.RootComponents.Add<Dashboard>("#app");
builder.RootComponents.Add<HeadOutlet>("head::after");
builder.Services.AddSingleton<IBluetoothLink, WebBluetooth>();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<ShuntSession>();
await builder.Build().RunAsync();
