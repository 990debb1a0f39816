/*
 * The host's side of the rich-client bridge that Microsoft's office.js talks to in Excel on
 * Windows (window.external: GetContext, Execute, RegisterEvent …), reduced to what office.js asks
 * while it starts, so the real office.js can start the add-in as it does inside Excel. The test
 * sets window.__bridge first: { supported: { excelapi: "1.9", … }, executeError: 5001 }. Every
 * Excel API request (RichApi ProcessQuery) is recorded and answered with that Office error code:
 * office.js turns it into the OfficeExtension.Error the add-in sees, in Office's language.
 * Injected as an init script (plain JavaScript, not bundled).
 */
(() => {
  const bridge = window.__bridge || {};
  const calls = [];
  let settings = [];
  window.__bridgeCalls = calls;
  const context = {
    GetAppType: () => 1, // Excel
    GetSolutionRef: () => "govrank-test",
    GetAppVersionMajor: () => 16,
    GetAppVersionMinor: () => 0,
    GetAppUILocale: () => bridge.locale || "zh-CN",
    GetAppDataLocale: () => bridge.locale || "zh-CN",
    GetDocUrl: () => "",
    GetAppCapabilities: () => 1,
    GetActivationMode: () => 1,
    GetControlIntegrationLevel: () => 0,
    GetSolutionToken: () => "",
    GetCorrelationId: () => "{00000000-0000-0000-0000-000000000000}",
    GetSupportedMatrix: () => JSON.stringify(bridge.supported || {}),
    GetInstanceId: () => "{11111111-1111-1111-1111-111111111111}",
    GetSettings: () => ({
      Read(keys, values) {
        for (const [key, value] of settings) {
          keys.push(key);
          values.push(value);
        }
      },
      Write(keys, values) {
        settings = keys.map((key, i) => [key, values[i]]);
      },
    }),
    GetOfficeThemeInfo: () =>
      JSON.stringify({
        bodyBackgroundColor: 0xffffff,
        bodyForegroundColor: 0,
        controlBackgroundColor: 0xffffff,
        controlForegroundColor: 0,
      }),
  };
  Object.defineProperty(window, "external", {
    configurable: true,
    value: {
      GetContext: () => context,
      GetHostInfo: () => "Excel|Win32|16.01|zh-CN",
      Execute(id, params, callback) {
        calls.push({ id, request: JSON.stringify(params).slice(0, 2000) });
        setTimeout(() => callback(bridge.executeError || 5001), 0);
      },
      // Events are recorded and never fire (no clerk is clicking).
      RegisterEvent(id) {
        calls.push({ id, request: "RegisterEvent" });
      },
      UnregisterEvent() {},
    },
  });
})();
